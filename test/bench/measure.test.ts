import { expect, test } from 'vitest';
import { median, percentile, sample } from '../../bench/measure';

test('median of odd and even counts, whatever the order', () => {
  expect(median([5, 1, 3])).toBe(3);
  expect(median([4, 1, 3, 2])).toBe(2.5);
});

test('percentiles interpolate between ranks and clamp to the ends', () => {
  const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
  expect(percentile(values, 0)).toBe(10);
  expect(percentile(values, 100)).toBe(100);
  expect(percentile(values, 95)).toBeCloseTo(95.5);
  expect(percentile(values, 150)).toBe(100);
});

test('runs that failed (NaN) are left out, and no data at all is an error', () => {
  expect(median([Number.NaN, 2, 4])).toBe(3);
  expect(() => median([])).toThrow(/No finite values/);
});

test('sample() discards the warm-up runs and times the rest', async () => {
  let calls = 0;
  const times = await sample(() => {
    calls += 1;
  }, { warmup: 2, runs: 5 });
  expect(calls).toBe(7);
  expect(times).toHaveLength(5);
  expect(times.every((time) => time >= 0)).toBe(true);
});
