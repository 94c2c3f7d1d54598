import en from '../public/_locales/en/messages.json';
import zhCN from '../public/_locales/zh_CN/messages.json';
import { translatorFor, type Catalog, type Locale } from './i18n-core';

/**
 * UI strings come from the WebExtension message files (public/_locales), so the browser's own
 * i18n and ours agree. We read the files ourselves rather than through `i18n.getMessage` because
 * the user may choose a language other than the browser's, which that API cannot do.
 *
 * This module bundles both catalogs: for the content script, the CLIs and the tests. The popup and
 * the options page load only the one they show (components/i18n/load-translator.ts).
 */
export * from './i18n-core';

const CATALOGS: Record<Locale, Catalog> = { en, zh_CN: zhCN };

export function createTranslator(locale: Locale) {
  return translatorFor(CATALOGS[locale], CATALOGS.en);
}
