import { describe, expect, test } from 'vitest';
import type { EntrySize } from '../../bench/popup/bundle-size';
import { bundleFigures, openFigures } from '../../bench/popup/figures';
import type { OpenTiming } from '../../bench/popup/open-popup';

const open = (interactive: number | null, load = 50, filled: boolean | null = true): OpenTiming => ({ interactive, load, domContentLoaded: load - 1, filled });

describe('popup open figures', () => {
  test('the median after warm-up against the empty database, judged against 100 ms', () => {
    const library = [open(300), open(90), open(80), open(95)];
    const empty = [open(250, 40, null), open(70, 40, null), open(75, 40, null), open(72, 40, null)];
    const [interactive, load] = openFigures({ clips: 10_000, library, empty, warmup: 1 });
    expect(interactive).toMatchObject({ name: 'popup.open.interactive', value: 90, baseline: 72, target: '< 100 ms', met: true });
    expect(interactive!.label).toContain('10,000 clips');
    expect(interactive!.notes).toContain('first (cold) open 300 ms');
    expect(interactive!.notes).toContain('in 4/4 opens');
    expect(load).toMatchObject({ name: 'popup.open.load', value: 50, baseline: 40, met: null });
  });

  test('without the mark, the interactive figure is not measured and the load event stands in', () => {
    const [interactive, load] = openFigures({ clips: 2_000, library: [open(null), open(null)], empty: [open(null), open(null)], warmup: 0 });
    expect(interactive!.value).toBeNaN();
    expect(interactive!.met).toBeNull();
    expect(interactive!.notes).toMatch(/gleaner:interactive/);
    expect(load!.value).toBe(50);
  });

  test('a mark set while the form does not show the saved clip is not judged', () => {
    const [interactive] = openFigures({ clips: 10, library: [open(20, 50, false), open(20)], empty: [open(20), open(20)], warmup: 0 });
    expect(interactive!.value).toBe(20);
    expect(interactive!.met).toBeNull();
    expect(interactive!.notes).toMatch(/^not judged/);
  });
});

test('bundle figures: gzip and raw per entry, lazy chunks apart, the 60 KB target on the popup only', () => {
  const files = (list: string[], raw: number, gzip: number) => ({ files: list, raw, gzip });
  const sizes: EntrySize[] = [
    { entry: 'popup', kind: 'page', firstFrame: files(['a.js', 'b.js'], 150_000, 61_000), lazy: files(['c.js'], 50_000, 17_000), css: files([], 0, 0) },
    { entry: 'content-scripts/snapshot', kind: 'content-script', firstFrame: files(['s.js'], 3_500, 1_200), lazy: files([], 0, 0), css: files([], 0, 0) },
  ];
  const figures = bundleFigures(sizes);
  expect(figures.map((f) => f.name)).toEqual([
    'popup.bundle.popup.gzip',
    'popup.bundle.popup.raw',
    'popup.bundle.popup.lazy-gzip',
    'popup.bundle.content-scripts-snapshot.gzip',
    'popup.bundle.content-scripts-snapshot.raw',
  ]);
  expect(figures[0]).toMatchObject({ value: 61, unit: 'KB', target: '< 60 KB', met: false });
  expect(figures[2]).toMatchObject({ value: 17, target: null });
  expect(figures[3]).toMatchObject({ value: 1.2, target: null, met: null });
});
