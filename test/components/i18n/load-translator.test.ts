import { afterEach, describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadTranslator, pageTranslator } from '@/components/i18n/load-translator';

const BASE = 'chrome-extension://gleaner';
const packaged = (locale: string) => readFileSync(`public/_locales/${locale}/messages.json`, 'utf8');

/** Serves `/_locales/<locale>/messages.json` as the extension package would, or what `files` says. */
function serve(files: Record<string, string | null>) {
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (url: URL) => {
    requested.push(url.pathname);
    const body = files[url.pathname];
    if (body === undefined) throw new TypeError('Failed to fetch');
    return body === null ? new Response('', { status: 404 }) : new Response(body, { status: 200 });
  });
  return requested;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadTranslator', () => {
  test('English reads only the English catalog from the package', async () => {
    const requested = serve({ '/_locales/en/messages.json': packaged('en') });
    const t = await loadTranslator('en', BASE);
    expect(t('popupTabSearch')).toBe('Search');
    expect(requested).toEqual(['/_locales/en/messages.json']);
  });

  test('Chinese reads the Chinese catalog and falls back to English for a missing key', async () => {
    const zh = JSON.parse(packaged('zh_CN')) as Record<string, unknown>;
    delete zh.popupOpenLibrary;
    serve({ '/_locales/zh_CN/messages.json': JSON.stringify(zh), '/_locales/en/messages.json': packaged('en') });
    const t = await loadTranslator('zh_CN', BASE);
    expect(t('popupTabSearch')).toMatch(/[\u4e00-\u9fff]/);
    expect(t('popupOpenLibrary')).toBe(JSON.parse(packaged('en')).popupOpenLibrary.message);
  });

  test('substitutions fill $1, $2 in the fetched messages', async () => {
    serve({ '/_locales/en/messages.json': JSON.stringify({ greet: { message: 'Hello $1, $2 clips' } }) });
    const t = await loadTranslator('en', BASE);
    expect(t('greet' as never, 'Ada', 3)).toBe('Hello Ada, 3 clips');
  });

  test('a catalog that cannot be read leaves the keys showing instead of failing the page', async () => {
    serve({ '/_locales/en/messages.json': null });
    const t = await loadTranslator('en', BASE);
    expect(t('popupTabSearch')).toBe('popupTabSearch');
    serve({});
    expect((await loadTranslator('zh_CN', BASE))('popupTabSearch')).toBe('popupTabSearch');
  });
});

describe('pageTranslator', () => {
  const both = () => serve({ '/_locales/en/messages.json': packaged('en'), '/_locales/zh_CN/messages.json': packaged('zh_CN') });

  test('auto follows the browser, fetching its catalog while the setting is read, and marks <html lang>', async () => {
    const requested = both();
    let answer!: (value: 'auto') => void;
    const setting = new Promise<'auto'>((resolve) => (answer = resolve));
    const pending = pageTranslator('zh-CN', setting);
    await Promise.resolve();
    expect(requested).toContain('/_locales/zh_CN/messages.json');
    answer('auto');
    expect((await pending)('popupTabSearch')).toMatch(/[\u4e00-\u9fff]/);
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  test('a chosen language overrides the browser', async () => {
    both();
    const t = await pageTranslator('zh-CN', Promise.resolve('en'));
    expect(t('popupTabSearch')).toBe('Search');
    expect(document.documentElement.lang).toBe('en');
  });
});
