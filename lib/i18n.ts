import en from '../public/_locales/en/messages.json';
import zhCN from '../public/_locales/zh_CN/messages.json';

/**
 * UI strings come from the WebExtension message files (public/_locales), so the browser's own
 * i18n and ours agree. We read the files ourselves rather than through `i18n.getMessage` because
 * the user may choose a language other than the browser's, which that API cannot do.
 */

export type MessageKey = keyof typeof en;
export type Locale = 'en' | 'zh_CN';
export const LOCALES: readonly Locale[] = ['en', 'zh_CN'];

type Catalog = Record<string, { message: string }>;
const CATALOGS: Record<Locale, Catalog> = { en, zh_CN: zhCN };

/** `zh`, `zh-CN`, `zh-Hans-SG`… → zh_CN; everything else → en. */
export function pickLocale(preferred: string | null | undefined): Locale {
  return preferred && /^zh\b/i.test(preferred.replace('_', '-')) ? 'zh_CN' : 'en';
}

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/** `$1`…`$9` in a message are replaced by the substitutions. Missing keys fall back to English. */
export function createTranslator(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  return (key, ...substitutions) => {
    const template = catalog[key]?.message ?? (en as Catalog)[key]?.message ?? key;
    return template.replace(/\$(\d)/g, (whole, digit: string) => {
      const value = substitutions[Number(digit) - 1];
      return value === undefined ? whole : String(value);
    });
  };
}
