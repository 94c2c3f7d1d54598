import { pickLocale, translatorFor, type Catalog, type Locale, type Translate } from '@/lib/i18n-core';

/**
 * The translator for an extension page, from the catalog packaged at `/_locales/<locale>/`
 * (the same file the browser's own i18n reads): fetched, not bundled, so the popup's first frame
 * carries no strings of a language it does not show. Chinese also loads English as the fallback
 * for a key not yet translated.
 */
export async function loadTranslator(locale: Locale, base: string = location.origin): Promise<Translate> {
  const wanted = readCatalog(base, locale);
  const fallback = locale === 'en' ? wanted : readCatalog(base, 'en');
  const [catalog, english] = await Promise.all([wanted, fallback]);
  return translatorFor(catalog, english);
}

async function readCatalog(base: string, locale: Locale): Promise<Catalog> {
  try {
    const response = await fetch(new URL(`/_locales/${locale}/messages.json`, base));
    if (!response.ok) return {};
    return (await response.json()) as Catalog;
  } catch {
    // A missing catalog leaves the keys showing: ugly but usable, and the test suite would notice.
    return {};
  }
}

/**
 * An extension page's translator: the locale setting (`auto` follows the browser) decides, and
 * the browser language's catalog, the usual answer, is fetched while the setting is still being
 * read. Marks `<html lang>` with the locale chosen (exported notes take their headings from it).
 */
export async function pageTranslator(uiLanguage: string, localeSetting: Promise<Locale | 'auto'>): Promise<Translate> {
  const browserLocale = pickLocale(uiLanguage);
  const likely = loadTranslator(browserLocale);
  const setting = await localeSetting;
  const locale = setting === 'auto' ? browserLocale : setting;
  document.documentElement.lang = locale === 'zh_CN' ? 'zh-CN' : 'en';
  return locale === browserLocale ? likely : loadTranslator(locale);
}
