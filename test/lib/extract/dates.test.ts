import { expect, test } from 'vitest';
import { toIsoDate } from '@/lib/extract/dates';

test.each([
  ['2017/06/12', '2017-06-12'],
  ['2020-03-27', '2020-03-27'],
  ['2021-07-11T00:00:00+08:00', '2021-07-11'],
  ['Mon, 12 Jun 2017 17:57:34 UTC', '2017-06-12'],
  ['2 Aug 2023', '2023-08-02'],
  ['June 12, 2017', '2017-06-12'],
  ['2024年5月6日', '2024-05-06'],
  ['20240506', '2024-05-06'],
])('reads %s', (text, iso) => {
  expect(toIsoDate(text)).toBe(iso);
});

test.each(['2021/6', '2021', 'yesterday', '', '2023-02-30', null])('gives null for %j', (text) => {
  expect(toIsoDate(text)).toBeNull();
});
