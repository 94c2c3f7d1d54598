import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { loadTranslator } from '@/components/i18n/load-translator';
import { pickLocale } from '@/lib/i18n-core';
import { GleanerDB } from '@/lib/store/db';
import { readSettings } from '@/lib/store/settings';
import '@/assets/styles/options.css';
import { createOptionsPlatform } from './platform';

const db = new GleanerDB();
const platform = createOptionsPlatform(db);
// The browser's language is the usual answer: its catalog is fetched while the settings are read.
const browserLocale = pickLocale(platform.uiLanguage);
const likely = loadTranslator(browserLocale);
const settings = await readSettings(db);
const locale = settings.locale === 'auto' ? browserLocale : settings.locale;
document.documentElement.lang = locale === 'zh_CN' ? 'zh-CN' : 'en';
const t = await (locale === browserLocale ? likely : loadTranslator(locale));
render(<OptionsApp platform={platform} t={t} />, document.getElementById('app')!);
