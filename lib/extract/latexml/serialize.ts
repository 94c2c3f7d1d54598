import { ANCHOR_ATTRIBUTE, FOOTNOTE_DEF_ATTRIBUTE, FOOTNOTE_REF_ATTRIBUTE, escapeAttribute, escapeHtml, mathPlaceholderHtml } from '../../markdown/placeholders';
import { absoluteUrl, imageSource } from '../../markdown/urls';
import { isDisplayMath, texOfMath } from '../math/math-element';
import { stripLeadingDisplayStyle } from '../math/tex';

/**
 * A LaTeXML document (arXiv HTML, ar5iv, any latexmlc output) → plain, small HTML that the
 * Markdown rules understand. It reads the page and never changes it, so no copy of a multi-MB
 * DOM is made (copies are what make the Readability pipeline slow), and it skips every MathML
 * subtree: each `<math>` becomes one placeholder carrying its TeX.
 *
 * What it knows of LaTeXML's markup: `.ltx_equation`/`.ltx_equationgroup` tables (one display
 * formula a row, cells joined, the equation number as `\tag`), `.ltx_note.ltx_role_footnote`
 * (GFM footnotes), `.ltx_bibitem` (a numbered list with anchors citations link to),
 * `.ltx_listing` (code, from its base64 copy when there is one), `.ltx_missing` images (dropped),
 * and the parts that are metadata or page furniture (title, authors, TOC, navigation, errors).
 */
export interface LatexmlHtml {
  html: string;
  /** `<math>` elements written as TeX. */
  formulas: number;
  /** `<math>` elements with no TeX to be found. */
  lost: number;
}

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'button', 'nav', 'header', 'footer', 'form', 'input', 'select', 'textarea', 'svg', 'iframe', 'object', 'embed', 'link', 'meta']);
const SKIP_CLASSES = ['ltx_authors', 'ltx_title_document', 'ltx_page_header', 'ltx_page_footer', 'ltx_page_logo', 'ltx_TOC', 'ltx_pagination', 'ltx_rdf', 'ltx_ERROR', 'ltx_bib_cited', 'ltx_note_type', 'ltx_role_footnotemark', 'ltx_listing_data', 'ltx_dates', 'ltx_page_navbar'];
const KEEP_TAGS = new Set(['p', 'div', 'section', 'article', 'figure', 'figcaption', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'em', 'strong', 'i', 'b', 'sup', 'sub', 'code', 'pre', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'del', 's']);
const VOID_TAGS = new Set(['hr', 'br']);
const MAX_DEPTH = 200;

function classesOf(element: Element): string {
  return ` ${element.getAttribute('class') ?? ''} `;
}

function has(classes: string, name: string): boolean {
  return classes.includes(` ${name} `);
}

export function serializeLatexml(root: Element, baseUrl: string): LatexmlHtml {
  const footnotes: string[] = [];
  const state = { formulas: 0, lost: 0 };

  const walk = (node: Node, out: string[], depth: number): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out.push(escapeHtml((child as Text).data));
      else if (child.nodeType === 1 && depth < MAX_DEPTH) element(child as Element, out, depth + 1);
    }
  };

  const math = (el: Element, out: string[], display: boolean) => {
    const tex = texOfMath(el);
    if (!tex) {
      state.lost += 1;
      return;
    }
    state.formulas += 1;
    const mode = display || isDisplayMath(el) ? 'display' : 'inline';
    out.push(mathPlaceholderHtml(mode === 'display' ? stripLeadingDisplayStyle(tex) : tex, mode));
  };

  const equationTable = (table: Element, out: string[]) => {
    for (const row of Array.from(table.querySelectorAll('tr'))) {
      const maths = Array.from(row.getElementsByTagName('math'));
      if (maths.length === 0) continue;
      const parts: string[] = [];
      for (const m of maths) {
        const tex = texOfMath(m);
        if (tex) parts.push(stripLeadingDisplayStyle(tex));
        else state.lost += 1;
      }
      if (parts.length === 0) continue;
      state.formulas += parts.length;
      const number = row.querySelector('.ltx_tag_equation')?.textContent?.trim().replace(/^\((.*)\)$/, '$1');
      const tag = number ? ` \\tag{${number}}` : '';
      out.push(`<div>${mathPlaceholderHtml(parts.join(' ') + tag, 'display')}</div>`);
    }
  };

  const footnote = (note: Element, out: string[]) => {
    const mark = note.querySelector('.ltx_note_mark')?.textContent?.trim() || String(footnotes.length + 1);
    const content = note.querySelector('.ltx_note_content');
    const body: string[] = [];
    if (content) {
      for (let child = content.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 1) {
          const classes = classesOf(child as Element);
          if (has(classes, 'ltx_note_mark') || has(classes, 'ltx_tag_note')) continue;
          element(child as Element, body, 1);
        } else if (child.nodeType === 3) body.push(escapeHtml((child as Text).data));
      }
    }
    footnotes.push(`<div ${FOOTNOTE_DEF_ATTRIBUTE}="${escapeAttribute(mark)}">${body.join('')}</div>`);
    out.push(`<sup ${FOOTNOTE_REF_ATTRIBUTE}="${escapeAttribute(mark)}">${escapeHtml(mark)}</sup>`);
  };

  const bibitem = (item: Element, out: string[], depth: number) => {
    out.push('<li>');
    if (item.id) out.push(`<span ${ANCHOR_ATTRIBUTE}="${escapeAttribute(item.id)}">\u200b</span>`);
    const label = item.querySelector('.ltx_tag_bibitem')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    // Numbered styles repeat the list's own numbers; author-year labels are worth keeping.
    if (label && !/^\[?\d+\]?\.?$/.test(label)) out.push(`<strong>${escapeHtml(label)}</strong> `);
    for (const block of Array.from(item.children)) {
      const classes = classesOf(block);
      if (has(classes, 'ltx_tag_bibitem') || has(classes, 'ltx_bib_cited')) continue;
      element(block, out, depth);
      out.push(' ');
    }
    out.push('</li>');
  };

  const element = (el: Element, out: string[], depth: number): void => {
    const tag = el.tagName.toLowerCase();
    if (SKIP_TAGS.has(tag)) return;
    const classes = classesOf(el);
    if (classes.length > 2 && SKIP_CLASSES.some((name) => has(classes, name))) return;
    if (tag === 'math') return math(el, out, false);
    if (tag === 'table' && (has(classes, 'ltx_equation') || has(classes, 'ltx_equationgroup') || has(classes, 'ltx_eqn_table'))) {
      return equationTable(el, out);
    }
    if (has(classes, 'ltx_note') && has(classes, 'ltx_role_footnote')) return footnote(el, out);
    if (has(classes, 'ltx_listing')) return listing(el, out);
    if (tag === 'li' && has(classes, 'ltx_bibitem')) return bibitem(el, out, depth);
    if (tag === 'ul' && has(classes, 'ltx_biblist')) {
      out.push('<ol>');
      walk(el, out, depth);
      out.push('</ol>');
      return;
    }
    if (tag === 'img') return image(el, out);
    if (tag === 'br') return void out.push('<br>');
    if (tag === 'a') {
      const href = el.getAttribute('href');
      const target = href && !href.startsWith('#') ? absoluteUrl(href, baseUrl) : href;
      if (!target || /^(?:javascript|data):/i.test(target)) return walk(el, out, depth);
      out.push(`<a href="${escapeAttribute(target)}">`);
      walk(el, out, depth);
      out.push('</a>');
      return;
    }
    if (has(classes, 'ltx_title_abstract')) {
      out.push('<h2>');
      walk(el, out, depth);
      out.push('</h2>');
      return;
    }
    let name: string | null = KEEP_TAGS.has(tag) ? tag : null;
    if (tag === 'span' || tag === 'cite') {
      if (has(classes, 'ltx_font_bold')) name = 'strong';
      else if (has(classes, 'ltx_font_italic')) name = 'em';
    }
    if (!name) return walk(el, out, depth);
    out.push(`<${name}${attributes(el, name)}>`);
    if (VOID_TAGS.has(name)) return;
    walk(el, out, depth);
    out.push(`</${name}>`);
  };

  const image = (img: Element, out: string[]) => {
    if (has(classesOf(img), 'ltx_missing')) return;
    const source = imageSource(img);
    const src = source ? absoluteUrl(source, baseUrl) : null;
    if (!src) return;
    const alt = img.getAttribute('alt') ?? '';
    // LaTeXML's alt text is a placeholder, not a description: the caption says what it shows.
    out.push(`<img src="${escapeAttribute(src)}" alt="${escapeAttribute(/^Refer to caption$/i.test(alt) ? '' : alt)}">`);
  };

  const out: string[] = [];
  element(root, out, 0);
  if (footnotes.length) out.push(`<section>${footnotes.join('')}</section>`);
  return { html: out.join(''), formulas: state.formulas, lost: state.lost };
}

function attributes(el: Element, name: string): string {
  let out = '';
  if (name === 'td' || name === 'th') {
    for (const attribute of ['colspan', 'rowspan']) {
      const value = el.getAttribute(attribute);
      if (value && /^\d+$/.test(value)) out += ` ${attribute}="${value}"`;
    }
  } else if (name === 'ol') {
    const start = el.getAttribute('start');
    if (start && /^\d+$/.test(start)) out += ` start="${start}"`;
  }
  return out;
}

/** A code listing: LaTeXML keeps an exact copy as a base64 data: link; else its lines' text. */
function listing(el: Element, out: string[]): void {
  const data = el.querySelector('.ltx_listing_data a[href^="data:"]')?.getAttribute('href');
  let code = data ? decodeDataUrl(data) : null;
  if (code === null) {
    code = Array.from(el.querySelectorAll('.ltx_listingline'))
      .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ').replace(/^\n+|\n+$/g, ''))
      .join('\n');
  }
  const language = /ltx_lst_language_(\w+)/.exec(el.getAttribute('class') ?? '')?.[1]?.toLowerCase();
  const languageClass = language ? ` class="language-${language}"` : '';
  out.push(`<pre><code${languageClass}>${escapeHtml(code.replace(/\s+$/, ''))}</code></pre>`);
}

function decodeDataUrl(url: string): string | null {
  const match = /^data:[^,]*?(;base64)?,(.*)$/s.exec(url);
  if (!match) return null;
  try {
    if (!match[1]) return decodeURIComponent(match[2]!);
    const binary = atob(match[2]!);
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    return new TextDecoder('utf-8').decode(bytes);
  } catch {
    return null;
  }
}
