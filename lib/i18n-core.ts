import type en from '../public/_locales/en/messages.json';

/**
 * The part of i18n that holds no strings: types, the locale choice and the translator over a
 * message catalog. The extension pages fetch their catalog from the packaged `_locales` files
 * (components/i18n/load-translator.ts) instead of bundling both languages into the popup's
 * first frame; `lib/i18n.ts` bundles them for the content script, the CLIs and the tests.
 */

export type MessageKey = keyof typeof en;
export type Locale = 'en' | 'zh_CN';
export const LOCALES: readonly Locale[] = ['en', 'zh_CN'];

/** The shape of a WebExtension `messages.json`. */
export type Catalog = Record<string, { message: string }>;

/** `zh`, `zh-CN`, `zh-Hans-SG`… → zh_CN; everything else → en. */
export function pickLocale(preferred: string | null | undefined): Locale {
  return preferred && /^zh\b/i.test(preferred.replace('_', '-')) ? 'zh_CN' : 'en';
}

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/**
 * `$1`…`$9` in a message are replaced by the substitutions. A key missing from the catalog falls
 * back to `fallback` (English), then to the key itself, so a gap shows as text, never as a crash.
 */
export function translatorFor(catalog: Catalog, fallback: Catalog = catalog): Translate {
  return (key, ...substitutions) => {
    const template = catalog[key]?.message ?? fallback[key]?.message ?? key;
    return template.replace(/\$(\d)/g, (whole, digit: string) => {
      const value = substitutions[Number(digit) - 1];
      return value === undefined ? whole : String(value);
    });
  };
}
