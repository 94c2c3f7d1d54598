import { describe, expect, test } from 'vitest';
import { anchorAll, anchorSelectors, type Anchor } from '@/lib/annotate/anchor';
import { describeRange, type Description } from '@/lib/annotate/describe';
import { TextModel } from '@/lib/annotate/text-model';
import type { Scheduler } from '@/lib/annotate/scheduler';
import { editText, loadHtml, loadPage, pageHtml, selectBetween, selectText } from './helpers';

/** Highlights `needle` on the page as it is now. */
function highlight(needle: string, occurrence = 0): Description {
  const model = TextModel.build(document.body);
  const described = describeRange(model, selectText(document.body, needle, occurrence));
  if (!described) throw new Error(`nothing to highlight in "${needle}"`);
  return described;
}

/** Where the highlight lands on the page as it is now, as text (null: not found). */
function anchoredText(described: Description): { text: string; anchor: Anchor } | null {
  const model = TextModel.build(document.body);
  const anchor = anchorSelectors(model, described.selectors);
  return anchor && { text: model.text.slice(anchor.start, anchor.end), anchor };
}

function insertParagraphBefore(selector: string, text: string): void {
  const target = document.querySelector(selector)!;
  const paragraph = document.createElement('div');
  paragraph.className = 'ltx_para';
  paragraph.innerHTML = `<p class="ltx_p">${text}</p>`;
  target.before(paragraph);
}

describe('describing a selection', () => {
  test('gives a quote with context, a position and element paths', () => {
    loadPage('latexml-paper.html');
    const described = highlight('Sparse routing offers a way out');
    expect(described.quote).toBe('Sparse routing offers a way out');
    expect(described.selectors).toEqual([
      { type: 'RangeSelector', startContainer: expect.stringMatching(/\/section\[1\]\/div\[1\]\/p\[1\]$/), startOffset: expect.any(Number), endContainer: expect.stringMatching(/p\[1\]$/), endOffset: expect.any(Number) },
      { type: 'TextPositionSelector', start: described.start, end: described.end },
      { type: 'TextQuoteSelector', exact: 'Sparse routing offers a way out', prefix: 'hat a single accelerator holds. ', suffix: ': each token visits only the exp' },
    ]);
  });

  test('leaves out whitespace at the ends and spans paragraphs with one space', () => {
    loadPage('latexml-paper.html');
    const range = selectText(document.body, 'as well as within them.');
    range.setEnd(document.body, document.body.childNodes.length);
    expect(describeRange(TextModel.build(document.body), range)!.quote).toBe('as well as within them.');
    expect(highlight('which keeps every expert in use. Our contributions').quote).toBe('which keeps every expert in use. Our contributions');
  });

  test('returns null for a selection with no text', () => {
    loadPage('latexml-paper.html');
    const range = document.createRange();
    range.setStart(document.querySelector('#S1')!, 0);
    range.setEnd(document.querySelector('#S1')!, 0);
    expect(describeRange(TextModel.build(document.body), range)).toBeNull();
  });
});

describe('anchoring again', () => {
  test('on the same page, by the element paths', () => {
    loadPage('latexml-paper.html');
    const described = highlight('keeps every expert in use');
    expect(anchoredText(described)).toEqual({ text: 'keeps every expert in use', anchor: { start: described.start, end: described.end, method: 'range' } });
  });

  test('highlights across paragraphs, in lists, in tables and around math', () => {
    loadPage('latexml-paper.html');
    const model = TextModel.build(document.body);
    const passages = [
      describeRange(model, selectBetween(document.body, 'every expert in use.', 'Our contributions are'))!,
      describeRange(model, selectBetween(document.body, 'no auxiliary loss;', 'an annealing schedule'))!,
      describeRange(model, selectBetween(document.body, 'Fixed-temperature router', '3,870'))!,
      describeRange(model, selectBetween(document.body, 'We anneal the', 'over the first ten'))!,
      // Overlapping the one before.
      highlight('temperature'),
    ];
    expect(passages.map((passage) => passage.quote)).toEqual([
      'every expert in use. Our contributions are',
      'no auxiliary loss; • an annealing schedule',
      'Fixed-temperature router 12.8 3,870',
      'We anneal the temperature $\\tau$ from $2.0$ to $0.1$ over the first ten',
      'temperature',
    ]);
    loadPage('latexml-paper.html');
    for (const passage of passages) expect(anchoredText(passage)?.text).toBe(passage.quote);
  });

  test('after a paragraph is inserted above: the position moves, the quote holds', () => {
    loadPage('latexml-paper.html');
    const described = highlight('loses almost a full point of perplexity');
    insertParagraphBefore('#S3\\.p1', 'A new opening paragraph, added in the second version of the paper, about why long contexts matter.');
    const found = anchoredText(described)!;
    expect(found.text).toBe('loses almost a full point of perplexity');
    expect(found.anchor.method).toBe('quote');
    expect(found.anchor.start).toBeGreaterThan(described.start);
  });

  test('after the text of the highlight was edited a little', () => {
    loadPage('latexml-paper.html');
    const described = highlight('The annealed router matches dense attention to within one percent');
    editText(document.body, 'matches dense attention to within one percent', 'matches dense attention to within 1 percent');
    expect(anchoredText(described)).toMatchObject({ text: 'The annealed router matches dense attention to within 1 percent', anchor: { method: 'fuzzy' } });
  });

  test('after paragraphs were moved', () => {
    loadPage('latexml-paper.html');
    const described = highlight('Annealing the gate temperature is a one-line change');
    const conclusion = document.querySelector('#S4')!;
    document.querySelector('#S1')!.before(conclusion);
    expect(anchoredText(described)?.text).toBe('Annealing the gate temperature is a one-line change');
  });

  test('after the whitespace of the markup changed (re-indented, &nbsp;, no newlines)', () => {
    loadPage('latexml-paper.html');
    const described = highlight('Every layer compares every token with every other token');
    loadHtml(pageHtml('latexml-paper.html').replace(/\n/g, ' ').replace(/every other/, 'every&nbsp;&nbsp;other').replace(/>\s+</g, '><'));
    expect(anchoredText(described)?.text).toBe('Every layer compares every token with every other token');
  });

  test('after the math was re-rendered (MathML → MathJax 2 with the same TeX)', () => {
    loadPage('latexml-paper.html');
    const range = selectText(document.body, 'We anneal the');
    const end = selectText(document.body, 'from');
    range.setEnd(end.endContainer, end.endOffset);
    const described = describeRange(TextModel.build(document.body), range)!;
    const html = pageHtml('latexml-paper.html').replace(
      /<math id="m4"[\s\S]*?<\/math>/,
      '<span class="MathJax" id="MathJax-Element-7-Frame"><span class="mi">τ</span></span><script type="math/tex" id="MathJax-Element-7">\\tau</script>',
    );
    loadHtml(html);
    expect(anchoredText(described)?.text).toBe('We anneal the temperature $\\tau$ from');
  });

  test('after the TeX of a formula changed slightly', () => {
    loadPage('latexml-paper.html');
    const range = selectText(document.body, 'keeps the top two scores:');
    range.setStart(selectText(document.body, 'The gate scores token').startContainer, selectText(document.body, 'The gate scores token').startOffset);
    const described = describeRange(TextModel.build(document.body), range)!;
    expect(described.quote).toBe('The gate scores token $x_{i}$ against each expert and keeps the top two scores:');
    loadHtml(pageHtml('latexml-paper.html').replace('alttext="x_{i}"', 'alttext="x_i"'));
    expect(anchoredText(described)?.text).toBe('The gate scores token $x_i$ against each expert and keeps the top two scores:');
  });

  test('Chinese text, after punctuation and a character changed', () => {
    const page = '<article><h1>长上下文语言模型的稀疏路由</h1><p>长文档让语言模型的注意力不堪重负：计算量随上下文长度的平方增长。</p>' +
      '<p>我们把每个词元路由到由门控网络选出的少数专家，并在训练中逐步降低门控温度，从而避免专家坍缩。</p><p>实验表明，该方法在保持困惑度的同时把吞吐量提高了四倍。</p></article>';
    loadHtml(page);
    const described = highlight('并在训练中逐步降低门控温度，从而避免专家坍缩');
    expect(described.quote).toBe('并在训练中逐步降低门控温度，从而避免专家坍缩');
    loadHtml(page.replace('并在训练中逐步降低门控温度，从而避免', '并在训练过程中逐步降低门控温度,从而避免'));
    expect(anchoredText(described)?.text).toBe('并在训练过程中逐步降低门控温度,从而避免专家坍缩');
  });
});

describe('precision: a near miss is not a match', () => {
  test('a deleted sentence does not anchor to a similar sentence elsewhere', () => {
    loadPage('latexml-paper.html');
    const described = highlight('We train all models for 3 epochs with a batch size of 32 sequences');
    document.querySelector('#S2\\.p2')!.remove();
    // "we train all models for 5 epochs with a batch size of 64 sequences" remains, two
    // paragraphs down: nine characters away from the quote, but in another context.
    expect(anchoredText(described)).toBeNull();
  });

  test('an edited sentence anchors to itself, not to a closer near-duplicate', () => {
    loadPage('latexml-paper.html');
    const described = highlight('We train all models for 3 epochs with a batch size of 32 sequences');
    // Now the ablation sentence is closer to the quote (by edit distance) than the edited original.
    editText(document.body, 'We train all models for 3 epochs with a batch size of 32 sequences', 'We trained every model for 4 epochs with a batch size of 32 sequences');
    const found = anchoredText(described)!;
    expect(found.text).toBe('We trained every model for 4 epochs with a batch size of 32 sequences');
    expect(TextModel.build(document.body).text.slice(found.anchor.end, found.anchor.end + 20)).toBe(' on sixty-four accel');
  });

  test('a short quote whose passage is gone is not placed on the same word elsewhere', () => {
    loadPage('latexml-paper.html');
    const described = highlight('expert collapse');
    document.querySelector('#S1\\.I1\\.i2')!.remove();
    // "expert" and "collapse" still appear elsewhere, but not this phrase in this context.
    expect(anchoredText(described)).toBeNull();
  });

  test('a repeated phrase anchors to the occurrence with the right context', () => {
    loadPage('latexml-paper.html');
    const second = highlight('dense attention', 1);
    expect(second.quote).toBe('dense attention');
    insertParagraphBefore('#S1\\.p1', 'We compare with dense attention throughout.');
    const model = TextModel.build(document.body);
    const anchor = anchorSelectors(model, second.selectors)!;
    expect(model.text.slice(anchor.start, anchor.end)).toBe('dense attention');
    expect(model.text.slice(anchor.start - 40, anchor.start)).toContain('Table 1 compares the router with');
  });

  test('a quote rewritten beyond recognition is not found', () => {
    loadPage('latexml-paper.html');
    const described = highlight('Future work will route across documents as well as within them.');
    editText(document.body, 'Future work', 'Next, we plan to');
    editText(document.body, 'will route across documents as well as within them.', 'study routing between documents.');
    expect(anchoredText(described)).toBeNull();
  });
});

describe('repeated passages', () => {
  const repeated = 'Each expert keeps a queue of at most sixty-four tokens per batch.';
  const filler = 'Between the two copies the paper discusses other matters at some length. '.repeat(8);
  const page = `<article><p id="first">Setup. ${repeated} Then routing starts.</p><p>${filler}</p><p id="copy">Setup. ${repeated} Then routing starts.</p></article>`;

  test('an exact copy nearby does not take the place of the edited original', () => {
    loadHtml(page);
    const described = highlight(repeated);
    editText(document.querySelector('#first')!, 'sixty-four', 'sixty four');
    const found = anchoredText(described)!;
    expect(found.text).toBe('Each expert keeps a queue of at most sixty four tokens per batch.');
    expect(found.anchor.method).toBe('fuzzy');
  });

  test('the same, in a batch after an inserted paragraph moved everything', async () => {
    loadHtml(page);
    const items = [{ id: 'setup', ...highlight('Setup.') }, { id: 'queue', ...highlight(repeated) }];
    document.querySelector('article')!.insertAdjacentHTML('afterbegin', '<p>A paragraph added at the top of the second version.</p>');
    editText(document.querySelector('#first')!, 'sixty-four', 'sixty four');
    const model = TextModel.build(document.body);
    const results = await anchorAll(model, items);
    const queue = results.get('queue')!;
    expect(model.text.slice(queue.start, queue.end)).toBe('Each expert keeps a queue of at most sixty four tokens per batch.');
  });

  test('with its original gone, the quote anchors to the copy that carries the same context', () => {
    loadHtml(page);
    const described = highlight(repeated);
    document.querySelector('#first')!.remove();
    const found = anchoredText(described)!;
    expect(found.text).toBe(repeated);
    expect(found.anchor.start).toBeGreaterThan(TextModel.build(document.body).text.indexOf('Between the two copies'));
  });
});

describe('anchoring many highlights in one pass', () => {
  test('places each highlight, learning the shift, and reports those it cannot place', async () => {
    loadPage('latexml-paper.html');
    const items = [
      { id: 'a', ...highlight('Reading a whole book at once') },
      { id: 'b', ...highlight('which keeps every expert in use') },
      { id: 'c', ...highlight('loses almost a full point of perplexity') },
      { id: 'd', ...highlight('one-line change') },
    ];
    insertParagraphBefore('#S1\\.p1', 'An inserted paragraph that moves everything after it by the same amount of text.');
    document.querySelector('#S4')!.remove();
    let turns = 0;
    let slices = 0;
    // A fake budget: every second check finds the slice used up.
    const scheduler: Scheduler = { shouldYield: () => ++slices % 2 === 0, yield: async () => void (turns += 1) };
    const model = TextModel.build(document.body);
    const seen: string[] = [];
    const results = await anchorAll(model, items, { scheduler, onResult: (id) => seen.push(id) });
    const text = (id: string) => {
      const anchor = results.get(id);
      return anchor ? model.text.slice(anchor.start, anchor.end) : null;
    };
    expect(text('a')).toBe('Reading a whole book at once');
    expect(text('b')).toBe('which keeps every expert in use');
    expect(text('c')).toBe('loses almost a full point of perplexity');
    expect(results.get('b')!.method).toBe('shifted');
    expect(results.get('d')).toBeNull();
    expect(seen.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(turns).toBeGreaterThan(0);
  });
});
