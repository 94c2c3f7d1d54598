import { describe, expect, test } from 'vitest';
import { canonicalKeyFromUrl } from '@/lib/clip/canonical';
import { contentHandlers } from '@/lib/annotate/content-handlers';
import { createMarkDrawer } from '@/lib/annotate/draw-marks';
import { AnnotatorSession, type BackgroundCaller } from '@/lib/annotate/session';
import { createClient, createDispatcher, fail, type BackgroundCalls, type ContentCalls } from '@/lib/protocol';
import { storeHandlers } from '@/lib/store/service';
import type { GleanerDB } from '@/lib/store/db';
import { freshDb } from '../../helpers/db';
import { loadHtml, loadPage, pageHtml, selectText } from './helpers';

const URL_V1 = 'https://arxiv.org/html/2405.01234v1';
const page = (url = URL_V1) => ({ url, title: 'Routing Tokens Sparsely', canonicalKey: canonicalKeyFromUrl(url) });

/** The real store behind a real dispatcher: the session talks to it as to the background. */
function backend(db: GleanerDB): BackgroundCaller {
  const dispatch = createDispatcher<BackgroundCalls>(storeHandlers(db));
  return createClient<BackgroundCalls>(async (envelope) => dispatch(structuredClone(envelope))) as BackgroundCaller;
}

function session(db: GleanerDB, url = URL_V1) {
  const changes: number[] = [];
  const annotator = new AnnotatorSession({ root: () => document.body, page: () => page(url), call: backend(db), drawer: createMarkDrawer(document), onChange: () => changes.push(1) });
  return { annotator, changes };
}

/** The text drawn for a highlight: its wrappers' text, whitespace collapsed. */
function drawnText(id: string): string {
  return [...document.querySelectorAll(`gleaner-mark[data-gleaner-id="${id}"]`)]
    .filter((mark) => !mark.parentElement?.closest(`gleaner-mark[data-gleaner-id="${id}"]`))
    .map((mark) => mark.textContent)
    .join('')
    .replace(/\s+/g, ' ');
}

async function highlightThree(db: GleanerDB) {
  loadPage('latexml-paper.html');
  const { annotator } = session(db);
  await annotator.restore();
  const made = [];
  for (const needle of ['Sparse routing offers a way out', 'which keeps every expert in use', 'loses almost a full point of perplexity']) {
    const result = await annotator.createFromRange(selectText(document.body, needle), 'yellow');
    if (!result.ok || !result.value) throw new Error('highlight failed');
    made.push(result.value);
  }
  return made;
}

describe('the annotator session over the real store', () => {
  test('highlights are stored with a new clip for the page and drawn at once', async () => {
    const db = freshDb();
    const made = await highlightThree(db);
    expect(made.map((highlight) => highlight.quote)).toEqual(['Sparse routing offers a way out', 'which keeps every expert in use', 'loses almost a full point of perplexity']);
    const clip = await db.clips.where('canonicalKey').equals('arxiv:2405.01234').first();
    expect(clip?.url).toBe(URL_V1);
    expect(await db.highlights.where('clipId').equals(clip!.id).count()).toBe(3);
    for (const highlight of made) expect(drawnText(highlight.id)).toBe(highlight.quote);
  });

  test('on the next visit, and on the paper\'s next version with an inserted paragraph, every highlight is drawn again', async () => {
    const db = freshDb();
    const made = await highlightThree(db);

    loadPage('latexml-paper.html');
    const again = session(db).annotator;
    const status = await again.restore();
    expect(status.ok && status.value).toMatchObject({ ready: true, orphaned: [] });
    expect(status.ok && status.value.anchored.sort()).toEqual(made.map((highlight) => highlight.id).sort());
    for (const highlight of made) expect(drawnText(highlight.id)).toBe(highlight.quote);

    // Version 2 of the paper, read at another URL: same clip, highlights found again.
    loadHtml(pageHtml('latexml-paper.html').replace('<div id="S1.p1"', '<div class="ltx_para"><p class="ltx_p">A paragraph added in version 2.</p></div><div id="S1.p1"'));
    const v2 = session(db, 'https://arxiv.org/html/2405.01234v2').annotator;
    await v2.restore();
    expect(v2.status().anchored).toHaveLength(3);
    for (const highlight of made) expect(drawnText(highlight.id)).toBe(highlight.quote);
  });

  test('a highlight whose passage is gone is kept and reported, never dropped', async () => {
    const db = freshDb();
    const [, gone] = await highlightThree(db);
    loadHtml(pageHtml('latexml-paper.html').replace(/<div id="S1\.p2"[\s\S]*?<\/div>/, ''));
    const { annotator } = session(db);
    await annotator.restore();
    expect(annotator.status()).toMatchObject({ orphaned: [gone!.id], ready: true });
    expect(annotator.status().anchored).toHaveLength(2);
    expect(annotator.get(gone!.id)?.quote).toBe('which keeps every expert in use');
    expect(await db.highlights.get(gone!.id)).toBeTruthy();
  });

  test('notes and colours are saved; a deleted highlight is erased from the page and the store', async () => {
    const db = freshDb();
    const [first, second] = await highlightThree(db);
    loadPage('latexml-paper.html');
    const { annotator, changes } = session(db);
    await annotator.restore();
    const updated = await annotator.update(first!.id, { note: 'The key idea.', color: 'green' });
    expect(updated.ok && updated.value?.note).toBe('The key idea.');
    expect((await db.highlights.get(first!.id))?.color).toBe('green');
    expect((document.querySelector(`gleaner-mark[data-gleaner-id="${first!.id}"]`) as HTMLElement).style.backgroundColor).toMatch(/70, 200, 90/);

    expect(await annotator.remove(second!.id)).toEqual({ ok: true, value: true });
    expect(drawnText(second!.id)).toBe('');
    expect(await db.highlights.get(second!.id)).toBeUndefined();
    expect(changes.length).toBeGreaterThanOrEqual(3);
  });

  test('a click on a drawn highlight finds it', async () => {
    const db = freshDb();
    const [first] = await highlightThree(db);
    loadPage('latexml-paper.html');
    const { annotator } = session(db);
    await annotator.restore();
    const drawn = document.querySelector(`gleaner-mark[data-gleaner-id="${first!.id}"]`)!;
    expect(annotator.highlightAt({ clientX: 0, clientY: 0, target: drawn.firstChild })?.id).toBe(first!.id);
    expect(annotator.highlightAt({ clientX: 0, clientY: 0, target: document.querySelector('h1') })).toBeNull();
  });

  test('once disposed, a restore still under way draws nothing', async () => {
    const db = freshDb();
    await highlightThree(db);
    loadPage('latexml-paper.html');
    const { annotator } = session(db);
    const restoring = annotator.restore();
    annotator.dispose();
    await restoring;
    expect(document.querySelector('gleaner-mark')).toBeNull();
  });

  test('when the background fails, nothing is drawn and the reason comes back', async () => {
    loadPage('latexml-paper.html');
    const failing: BackgroundCaller = async () => fail('The browser has no room left for Gleaner’s data.');
    const annotator = new AnnotatorSession({ root: () => document.body, page: () => page(), call: failing, drawer: createMarkDrawer(document) });
    const result = await annotator.createFromRange(selectText(document.body, 'Sparse routing'), 'yellow');
    expect(result).toEqual({ ok: false, error: 'The browser has no room left for Gleaner’s data.' });
    expect(document.querySelector('gleaner-mark')).toBeNull();
    expect(await annotator.restore()).toMatchObject({ ok: false });
  });
});

describe('the content calls', () => {
  test('highlightSelection, anchorStatus and syncHighlights through the dispatcher', async () => {
    const db = freshDb();
    loadPage('latexml-paper.html');
    const { annotator } = session(db);
    await annotator.restore();
    let selection: Range | null = selectText(document.body, 'Reading a whole book at once');
    let cleared = 0;
    const dispatch = createDispatcher<ContentCalls>(
      contentHandlers(annotator, { selection: () => selection, defaultColor: () => 'blue', highlighted: () => void (cleared += 1) }),
    );
    const made = await dispatch({ call: 'highlightSelection', args: {} });
    expect(made).toMatchObject({ ok: true, value: { quote: 'Reading a whole book at once', color: 'blue' } });
    expect(cleared).toBe(1);

    selection = null;
    expect(await dispatch({ call: 'highlightSelection', args: { color: 'pink' } })).toEqual({ ok: true, value: null });

    const id = (made as { value: { id: string } }).value.id;
    expect(await dispatch({ call: 'anchorStatus', args: {} })).toMatchObject({ ok: true, value: { anchored: [id], orphaned: [], ready: true } });
    expect(await dispatch({ call: 'scrollToHighlight', args: { id } })).toEqual({ ok: true, value: true });
    expect(await dispatch({ call: 'scrollToHighlight', args: { id: 'nope' } })).toEqual({ ok: true, value: false });

    // The popup deleted it: a sync erases it from the page.
    await db.highlights.delete(id);
    expect(await dispatch({ call: 'syncHighlights', args: {} })).toMatchObject({ ok: true, value: { anchored: [], orphaned: [] } });
    expect(document.querySelector('gleaner-mark')).toBeNull();
    // Not ours: another listener may answer.
    expect(await dispatch({ call: 'saveClip', args: {} })).toBeNull();
  });
});
