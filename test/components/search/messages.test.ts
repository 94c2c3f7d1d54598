import { expect, test } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import zh from '@/public/_locales/zh_CN/messages.json';

test('every search string has a Chinese translation with the same substitutions', () => {
  const keys = Object.keys(en).filter((key) => key.startsWith('search'));
  expect(keys.length).toBeGreaterThan(30);
  for (const key of keys) {
    const english = (en as Record<string, { message: string }>)[key]!.message;
    const chinese = (zh as Record<string, { message: string }>)[key]?.message;
    expect(chinese, key).toBeTruthy();
    expect(chinese!.match(/\$\d/g)?.sort(), key).toEqual(english.match(/\$\d/g)?.sort());
    if (!/^arXiv$|^TL;DR$/.test(english)) expect(/[\u4e00-\u9fff]/.test(chinese!), `${key} is not translated`).toBe(true);
  }
});
