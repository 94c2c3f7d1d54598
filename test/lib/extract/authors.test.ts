import { expect, test } from 'vitest';
import { cleanByline, displayName, uniqueNames } from '@/lib/extract/authors';

test('citation names are reordered to how people write them', () => {
  expect(displayName('Vaswani, Ashish')).toBe('Ashish Vaswani');
  expect(displayName('Gomez, Aidan N.')).toBe('Aidan N. Gomez');
  expect(displayName('Teven Le Scao')).toBe('Teven Le Scao');
  expect(displayName('Smith, Jr., John')).toBe('Smith, Jr., John');
});

test('bylines lose their boilerplate; names are deduplicated in order', () => {
  expect(cleanByline('  By   Jane Doe ')).toBe('Jane Doe');
  expect(cleanByline('作者：张三')).toBe('张三');
  expect(uniqueNames(['A', ' a ', '', 'B'])).toEqual(['A', 'B']);
});
