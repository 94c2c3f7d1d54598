import { isDisplayMath, texOfMath } from './math-element';
import { mathmlToTex } from './mathml';
import { mathPlaceholder, type MathMode } from './placeholder';
import { cleanTex } from './tex';

/**
 * Replaces every formula of a document (a CLONE: this mutates) by a math placeholder, before
 * Readability runs: Readability drops `<script>` (MathJax 2 keeps its TeX there) and keeps
 * MathML only as text. Handles MathJax 2 (`script[type^=math/tex]`), MathJax 3 (`mjx-container`
 * with assistive MathML), KaTeX (TeX annotation) and plain MathML. (Raw `$…$` TeX in text needs
 * no protection: Readability keeps text; the `rawTex` Markdown rule keeps it unescaped.)
 */
export interface MathReport {
  /** Formulas turned into placeholders. */
  kept: number;
  /** Rendered formulas whose TeX could not be recovered. */
  lost: number;
}

/** Wrappers that hold one rendered formula; the whole wrapper gives way to the placeholder. */
const WRAPPER = '.katex-display, .katex, mjx-container, .MathJax_Display, .mwe-math-element';

export function protectMath(doc: Document): MathReport {
  const report: MathReport = { kept: 0, lost: 0 };
  const put = (target: Element, tex: string | null, mode: MathMode) => {
    if (!target.parentNode) return;
    if (!tex) {
      report.lost += 1;
      return;
    }
    target.replaceWith(mathPlaceholder(doc, tex, mode));
    report.kept += 1;
  };

  for (const script of Array.from(doc.querySelectorAll('script[type^="math/tex"]'))) {
    removeMathJax2Rendering(script);
    const mode = /mode\s*=\s*display/i.test(script.getAttribute('type') ?? '') ? 'display' : 'inline';
    put(script, cleanTex(script.textContent ?? ''), mode);
  }
  for (const katex of Array.from(doc.querySelectorAll('.katex-display, .katex'))) {
    if (!attached(katex, doc)) continue;
    const math = katex.querySelector('math');
    const tex = math ? texOfMath(math) : null;
    const mode: MathMode = katex.classList.contains('katex-display') || katex.closest('.katex-display') ? 'display' : 'inline';
    put(katex.closest('.katex-display') ?? katex, tex, mode);
  }
  for (const container of Array.from(doc.getElementsByTagName('mjx-container'))) {
    if (!attached(container, doc)) continue;
    const math = container.querySelector('math');
    const display = container.getAttribute('display');
    const mode: MathMode = display === 'true' || display === 'block' ? 'display' : 'inline';
    put(container, math ? mathmlToTex(math) : null, mode);
  }
  for (const math of Array.from(doc.getElementsByTagName('math'))) {
    if (!attached(math, doc)) continue;
    const wrapper = math.parentElement?.closest(WRAPPER) ?? math;
    put(wrapper, texOfMath(math), isDisplayMath(math) ? 'display' : 'inline');
  }
  return report;
}

/** `isConnected`, computed by hand: happy-dom reports nodes of a cloned document as detached. */
function attached(node: Node, doc: Document): boolean {
  for (let current: Node | null = node; current; current = current.parentNode) if (current === doc) return true;
  return false;
}

/** MathJax 2 renders next to its script: the preview and the rendered frame go, the TeX stays. */
function removeMathJax2Rendering(script: Element): void {
  let previous = script.previousElementSibling;
  while (previous && /(^|\s)MathJax/.test(previous.getAttribute('class') ?? '')) {
    const next = previous.previousElementSibling;
    previous.remove();
    previous = next;
  }
}
