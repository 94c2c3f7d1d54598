import fc from 'fast-check';

/**
 * Random and mutated HTML for fuzzing extraction. Random documents come from a small grammar of
 * the elements extraction cares about (headings, paragraphs, lists, tables, code, math, SVG,
 * links, images, scripts), with text that stresses Markdown escaping and CJK; mutations cut,
 * repeat, splice and nest real pages the way broken servers and hostile pages do.
 */

const words = fc.constantFrom(
  'attention', 'Transformer', '注意力机制', '知识蒸馏', '$x^2$', '\\(a_i\\)', '$$\\sum_i$$', '*bold*', '_under_', '`code`',
  '# not a heading', '1. not a list', '[link](x)', '<', '>', '&amp;', '&#0;', '&#xD800;', '\u0000', '\uFEFF', '\u202E', '😀', '   ', '\n', '\\',
);
const text = fc.array(words, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));

const attribute = fc.oneof(
  fc.constant(' class="content"'),
  fc.constant(' id="main"'),
  fc.constant(' hidden'),
  fc.constant(' lang="zh-CN"'),
  fc.constant(' href="javascript:void(0)"'),
  fc.constant(' href="https://arxiv.org/abs/1706.03762"'),
  fc.constant(' src="data:image/png;base64,AAAA"'),
  fc.constant(' style="display:none"'),
  fc.constant(' dir="rtl"'),
  fc.constant(' colspan="99999"'),
  fc.constant(' alttext="\\frac{a}{b}"'),
  text.map((t) => ` title="${t.replace(/"/g, '&quot;')}"`),
);

const TAGS = ['p', 'div', 'span', 'article', 'section', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'a', 'em', 'strong', 'code', 'pre',
  'blockquote', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'img', 'br', 'hr', 'figure', 'figcaption', 'math', 'mi', 'mrow',
  'semantics', 'annotation', 'svg', 'script', 'style', 'noscript', 'iframe', 'sup', 'sub', 'dl', 'dt', 'dd', 'main', 'nav', 'footer'];

export const randomHtml: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), tie('nodes'), fc.boolean())
      .map(([tag, attrs, inner, close]) => `<${tag}${attrs.join('')}>${inner}${close ? `</${tag}>` : ''}`),
  ),
  nodes: fc.array(tie('node'), { maxLength: 5 }).map((list) => list.join('')),
})).nodes.map((body) => `<!doctype html><html><head><title>Fuzz</title></head><body>${body}</body></html>`);

const SPLICES = ['<table>', '</div>', '<math>', '<svg>', '<!--', '<script>', '</body>', '<html>', '<p', '"', '&', '\u0000', '\uD800', '<pre><code>', '</pre>', '<title>'];

/** A mutation of a real page: cut, deleted, repeated, spliced with markup, or nested deep. */
export function mutated(page: string): fc.Arbitrary<string> {
  const position = fc.nat({ max: Math.max(0, page.length - 1) });
  // A window of the page (its head, or any stretch) keeps each run small, a few kB to 24 kB, so
  // the run count, not page size, sets the time under happy-dom.
  const window = fc
    .tuple(fc.oneof(fc.constant(0), position), fc.integer({ min: 1000, max: 24_000 }))
    .map(([start, size]) => page.slice(start, start + size));
  return fc.oneof(
    fc.tuple(window, fc.nat()).map(([w, at]) => w.slice(0, at % (w.length + 1))),
    fc.tuple(window, position, fc.nat({ max: 5000 })).map(([w, at, n]) => w.slice(0, at % (w.length + 1)) + w.slice((at % (w.length + 1)) + n)),
    fc.tuple(window, fc.nat(), fc.integer({ min: 2, max: 20 })).map(([w, at, times]) => {
      const cut = at % (w.length + 1);
      return w.slice(0, cut) + w.slice(cut, cut + 500).repeat(times) + w.slice(cut);
    }),
    fc.tuple(window, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SPLICES)), { minLength: 1, maxLength: 12 })).map(([w, cuts]) =>
      cuts.reduce((html, [at, piece]) => {
        const i = at % (html.length + 1);
        return html.slice(0, i) + piece + html.slice(i);
      }, w),
    ),
    // Browsers' HTML parsers flatten nesting past 512 levels, and the popup parses with Chromium's,
    // so deeper trees never reach extraction there (see the known problem in extract.fuzz.test.ts).
    fc.tuple(window, fc.integer({ min: 50, max: 500 })).map(([w, depth]) => '<div>'.repeat(depth) + w + '</div>'.repeat(depth)),
  );
}
