import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { TextModel } from '@/lib/annotate/text-model';
import { describeRange } from '@/lib/annotate/describe';
import { loadPage, parseHtml, selectText } from './helpers';

function paper() {
  const doc = loadPage('latexml-paper.html');
  return { doc, model: TextModel.build(doc.body) };
}

describe('the text a reader sees', () => {
  test('formulas read as their TeX, without the MathML soup around it', () => {
    const { model } = paper();
    expect(model.text).toContain('trained with a temperature $\\tau$ that is annealed');
    expect(model.text).toContain('from $2.0$ to $0.1$ over the first ten thousand steps');
    expect(model.text).toContain('$$g(x_{i})=\\mathrm{top}_{2}\\left(\\mathrm{softmax}(Wx_{i}/\\tau)\\right)$$ (1)');
    // Content MathML and the presentation glyphs are not text a quote should contain.
    expect(model.text).not.toContain('𝜏');
    expect(model.text).not.toContain('subscript');
    expect(model.text).not.toContain('τ');
  });

  test('blocks are separated by one space and whitespace runs collapse', () => {
    const { model } = paper();
    expect(model.text).toContain('Dense attention 11.9 1,020 Fixed-temperature router');
    expect(model.text).toContain('no auxiliary loss; • an annealing schedule');
    expect(model.text).toContain('Introduction Reading a whole book');
    expect(model.text).not.toMatch(/\s{2}|\n/);
    expect(model.text.startsWith('Routing Tokens')).toBe(true);
  });

  test('scripts, styles and hidden elements are not text', () => {
    const page = parseHtml('<p>one <script>var x = "code";</script>two</p><style>p{}</style><p hidden>secret</p><p>three</p>');
    expect(TextModel.build(page.body).text.trimEnd()).toBe('one two three');
  });

  test('block boundaries separate words even without whitespace in the markup', () => {
    const page = parseHtml('<p>alpha</p><p>beta</p><ul><li>gamma</li><li>delta<br>epsilon</li></ul>');
    expect(TextModel.build(page.body).text.trimEnd()).toBe('alpha beta gamma delta epsilon');
  });

  test('soft hyphens, zero-width spaces and non-breaking spaces do not count', () => {
    const page = parseHtml('<p>trans\u00adformer&nbsp;&nbsp;models\u200b are</p>');
    expect(TextModel.build(page.body).text.trimEnd()).toBe('transformer models are');
  });

  test('KaTeX and MathJax formulas read as their TeX too', () => {
    const page = parseHtml(
      '<p>a <span class="katex"><span class="katex-mathml"><math><semantics><mi>β</mi><annotation encoding="application/x-tex">\\beta</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">β</span></span> b ' +
        '<span class="MathJax" id="MathJax-Element-1-Frame"><span>β</span></span><script type="math/tex" id="MathJax-Element-1">\\beta</script> c</p>',
    );
    expect(TextModel.build(page.body).text.trimEnd()).toBe('a $\\beta$ b $\\beta$ c');
  });
});

describe('from model offsets to DOM ranges and back', () => {
  test('a selection inside a formula takes the whole formula', () => {
    const { doc, model } = paper();
    const mi = doc.querySelector('#m3 mi')!.firstChild!;
    const range = doc.createRange();
    range.setStart(doc.querySelector('#abs\\.p1')!.firstChild!, 0);
    range.setEnd(mi, 1);
    const described = describeRange(model, range)!;
    expect(described.quote.endsWith('with a temperature $\\tau$')).toBe(true);

    const fromInside = doc.createRange();
    fromInside.setStart(mi, 0);
    fromInside.setEnd(selectText(doc.body, 'that is annealed').endContainer, selectText(doc.body, 'that is annealed').endOffset);
    expect(describeRange(model, fromInside)!.quote).toBe('$\\tau$ that is annealed');
  });

  test('toRange covers exactly the text of a span, formulas whole', () => {
    const { doc, model } = paper();
    const start = model.text.indexOf('temperature $\\tau$ that');
    const range = model.toRange(start, start + 'temperature $\\tau$ that'.length)!;
    expect(range.startContainer.textContent).toContain('temperature');
    // The range runs over the whole <math> element, annotation included.
    expect(range.toString().replace(/\s+/g, ' ')).toBe('temperature τ𝜏\\tau that');
  });

  test('every span of the text survives a round trip through a DOM range', () => {
    const { doc, model } = paper();
    const text = model.text;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), fc.integer({ min: 1, max: 400 }), (start, length) => {
        const end = Math.min(text.length, start + length);
        const range = model.toRange(start, end);
        const described = range && describeRange(model, range);
        const trimmed = text.slice(start, end).trim();
        if (trimmed === '') return described === null;
        // Formulas are atomic: a span cutting one grows to all of it.
        const expectedStart = text.indexOf(trimmed, start);
        return described !== null && described.start <= expectedStart && described.end >= expectedStart + trimmed.length && described.quote.includes(trimmed.replace(/^\S*\$/, '').replace(/\$\S*$/, '').trim());
      }),
      { numRuns: 300 },
    );
  });

  test('pieces are the text-node slices and whole formulas of a span, never bare whitespace', () => {
    const { doc, model } = paper();
    const start = model.text.indexOf('Dense attention');
    const end = model.text.indexOf('4,110') + 5;
    const pieces = model.pieces(start, end);
    expect(pieces.every((piece) => piece.kind === 'atom' || piece.node.data.slice(piece.start, piece.end).trim() !== '')).toBe(true);
    expect(pieces.filter((piece) => piece.kind === 'text').map((piece) => piece.kind === 'text' && piece.node.data.slice(piece.start, piece.end))).toEqual([
      'Dense attention', '11.9', '1,020', 'Fixed-temperature router', '12.8', '3,870', 'Annealed router (ours)', '12.0', '4,110',
    ]);
    const math = model.text.indexOf('$2.0$');
    expect(model.pieces(math, math + 5)).toEqual([{ kind: 'atom', element: doc.getElementById('m5') }]);
  });
});

describe('reading a large page in slices', () => {
  function bigPage(paragraphs: number) {
    const body = Array.from({ length: paragraphs }, (_, index) => `<p>Paragraph ${index} with <em>some</em> text and <math alttext="x_{${index}}"><mi>x</mi></math>.</p>`).join('\n');
    return parseHtml(`<article>${body}</article>`);
  }

  test('gives the same text as reading in one go, and yields between slices', async () => {
    const doc = bigPage(400);
    let turns = 0;
    const sliced = await TextModel.buildSliced(doc.body, { shouldYield: () => true, yield: async () => void (turns += 1) });
    expect(sliced.text).toBe(TextModel.build(doc.body).text);
    expect(sliced.segments.length).toBe(TextModel.build(doc.body).segments.length);
    expect(turns).toBeGreaterThan(3);
  });

  test('starts over when the page changes between slices', async () => {
    const doc = bigPage(400);
    let turns = 0;
    const model = await TextModel.buildSliced(doc.body, {
      shouldYield: () => true,
      yield: async () => {
        turns += 1;
        if (turns === 2) doc.querySelector('p')!.textContent = 'Rewritten while reading.';
        // Let the MutationObserver deliver its records.
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    });
    expect(model.text.startsWith('Rewritten while reading.')).toBe(true);
    expect(model.text).toBe(TextModel.build(doc.body).text);
  });
});
