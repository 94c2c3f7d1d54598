import { uniqueNames } from '../authors';
import { textWithTex } from '../text';

/**
 * Title, authors and abstract of a LaTeXML document, read from its front matter. Author blocks
 * are free-form (names, affiliations, e-mails, `\And` separators, affiliation marks), so a name
 * is the first line of each author block; NeurIPS-style `\And` blocks put several authors in
 * one `.ltx_personname`, separated by `&` or a LaTeXML error element.
 */
const skipNoise = (element: Element) => {
  const classes = element.getAttribute('class') ?? '';
  return /\bltx_(?:note|ERROR|role_footnotemark)\b/.test(classes);
};

export function latexmlTitle(document: Element): string | null {
  const heading = document.querySelector('.ltx_title_document');
  return heading ? textWithTex(heading, { skip: skipNoise }) || null : null;
}

export function latexmlAbstract(document: Element): string | null {
  const abstract = document.querySelector('.ltx_abstract');
  if (!abstract) return null;
  const paragraphs = Array.from(abstract.querySelectorAll('.ltx_p'));
  const parts = (paragraphs.length ? paragraphs : [abstract]).map((p) =>
    textWithTex(p, { skip: (el) => skipNoise(el) || /\bltx_title\b/.test(el.getAttribute('class') ?? '') }),
  );
  return parts.filter(Boolean).join('\n\n') || null;
}

export function latexmlAuthors(document: Element): string[] {
  const names: string[] = [];
  for (const person of Array.from(document.querySelectorAll('.ltx_role_author .ltx_personname'))) {
    for (const block of authorBlocks(person)) {
      const lines = block.filter((line) => line.text.trim());
      // The first line names the author(s); later lines do too when they carry affiliation marks
      // after a name (`Jinyang Gao²`), unlike affiliation lines, which start with the mark.
      lines.forEach((line, i) => {
        if (i === 0 || line.marked) names.push(...splitNames(line.text));
      });
    }
  }
  return uniqueNames(names.filter(looksLikeName));
}

interface Line {
  text: string;
  /** An affiliation mark (math or superscript) follows text on this line. */
  marked: boolean;
}

/** The lines of a `.ltx_personname` (split at `<br>`), grouped into one block per author. */
function authorBlocks(person: Element): Line[][] {
  const blocks: Line[][] = [[]];
  let line: Line = { text: '', marked: false };
  const endLine = () => {
    blocks[blocks.length - 1]!.push(line);
    line = { text: '', marked: false };
  };
  const newBlock = () => {
    endLine();
    blocks.push([]);
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const parts = (child as Text).data.split('&');
        parts.forEach((part, i) => {
          if (i > 0) newBlock();
          line.text += part;
        });
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const classes = el.getAttribute('class') ?? '';
        const tag = el.tagName.toUpperCase();
        if (tag === 'BR') endLine();
        else if (/\bltx_ERROR\b/.test(classes) && /\\AND|\\And/.test(el.textContent ?? '')) newBlock();
        else if (tag === 'MATH' || tag === 'SUP' || skipNoise(el)) {
          if (line.text.trim() && (tag === 'MATH' || tag === 'SUP')) line.marked = true;
          line.text += ' ';
        } else walk(el);
      }
    }
  };
  walk(person);
  endLine();
  return blocks;
}

/** One line may hold several names: `A B¹  C D²` or `A B, C D and E F`. */
function splitNames(line: string): string[] {
  return line
    .split(/\s{2,}|,|\band\b|·|;/)
    .map((name) => name.replace(/[*†‡§¶∗]+/g, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function looksLikeName(name: string): boolean {
  return name.length <= 60 && !name.includes('@') && !/^https?:/.test(name) && /\p{L}/u.test(name) && name.split(' ').length <= 6;
}
