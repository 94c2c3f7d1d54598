import { describe, expect, test } from 'vitest';
import { figure, meets, notMeasured, ratioOf, targetText } from '../../bench/figure';

describe('targets', () => {
  test('an upper bound is strict unless inclusive', () => {
    expect(meets({ max: 100 }, 99.9, null)).toBe(true);
    expect(meets({ max: 100 }, 100, null)).toBe(false);
    expect(meets({ max: 100, inclusive: true }, 100, null)).toBe(true);
    expect(meets({ max: 100, inclusive: true }, 100.1, null)).toBe(false);
  });

  test('a lower bound is inclusive unless exclusive', () => {
    expect(meets({ min: 100 }, 100, null)).toBe(true);
    expect(meets({ min: 100 }, 99, null)).toBe(false);
    expect(meets({ min: 100, exclusive: true }, 100, null)).toBe(false);
  });

  test('a ratio target compares value ÷ baseline', () => {
    expect(meets({ maxRatio: 0.5 }, 50, 100)).toBe(true);
    expect(meets({ maxRatio: 0.5 }, 51, 100)).toBe(false);
    expect(meets({ maxRatio: 1.1 }, 110, 100)).toBe(true);
  });

  test('a speed-up target compares baseline ÷ value', () => {
    expect(meets({ minSpeedup: 5 }, 2, 10)).toBe(true);
    expect(meets({ minSpeedup: 5 }, 2.1, 10)).toBe(false);
    expect(meets({ minSpeedup: 5 }, 0, 10)).toBe(true);
  });

  test('nothing is judged without a target, a measured value, or the baseline a ratio needs', () => {
    expect(meets(null, 1, null)).toBeNull();
    expect(meets({ max: 100 }, Number.NaN, null)).toBeNull();
    expect(meets({ maxRatio: 0.5 }, 1, null)).toBeNull();
    expect(meets({ minSpeedup: 5 }, 1, 0)).toBeNull();
  });

  test('the text says what was checked, in the figure’s unit', () => {
    expect(targetText({ max: 100 }, 'ms')).toBe('< 100 ms');
    expect(targetText({ max: 60, inclusive: true }, 'KB')).toBe('≤ 60 KB');
    expect(targetText({ min: 100 }, '%')).toBe('≥ 100%');
    expect(targetText({ maxRatio: 0.5 }, 'ms')).toBe('≤ 0.5× baseline');
    expect(targetText({ minSpeedup: 5 }, 'ms')).toBe('≥ 5× faster than baseline');
  });
});

describe('figure()', () => {
  test('computes the ratio, the target text and whether it is met', () => {
    const result = figure({ name: 'search.p95', label: 'p95', value: 4, unit: 'ms', baseline: 40, baselineName: 'plain scan', target: { minSpeedup: 5 } });
    expect(result).toEqual({
      name: 'search.p95',
      label: 'p95',
      value: 4,
      unit: 'ms',
      baseline: 40,
      baselineName: 'plain scan',
      ratio: 0.1,
      target: '≥ 5× faster than baseline',
      met: true,
    });
  });

  test('without a baseline there is no ratio, and a baseline name alone is dropped', () => {
    const result = figure({ name: 'a', label: 'a', value: 3, unit: 'KB', baselineName: 'nothing' });
    expect(result.baseline).toBeNull();
    expect(result.baselineName).toBeNull();
    expect(result.ratio).toBeNull();
    expect(result.target).toBeNull();
    expect(result.met).toBeNull();
  });

  test('ratioOf refuses a zero or missing baseline', () => {
    expect(ratioOf(1, 0)).toBeNull();
    expect(ratioOf(1, undefined)).toBeNull();
    expect(ratioOf(Number.NaN, 2)).toBeNull();
    expect(ratioOf(3, 2)).toBe(1.5);
  });

  test('a figure not measured keeps its target, is not judged, and says why', () => {
    const result = notMeasured({ name: 'popup.search', label: 'Cold search', unit: 'ms', target: { max: 100 }, reason: 'no search box yet' });
    expect(result.value).toBeNaN();
    expect(result.target).toBe('< 100 ms');
    expect(result.met).toBeNull();
    expect(result.notes).toBe('not measured: no search box yet');
  });
});
