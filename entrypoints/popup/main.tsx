import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { loadTranslator } from '@/components/i18n/load-translator';
import { pickLocale } from '@/lib/i18n-core';
import { GleanerDB } from '@/lib/store/db';
import { readSettings } from '@/lib/store/settings';
import '@/assets/styles/popup.css';
import { createPopupPlatform } from './platform';

const db = new GleanerDB();
const platform = createPopupPlatform(db);
const settings = await readSettings(db);
const locale = settings.locale === 'auto' ? pickLocale(platform.uiLanguage) : settings.locale;
document.documentElement.lang = locale === 'zh_CN' ? 'zh-CN' : 'en';
const t = await loadTranslator(locale);
render(<PopupApp platform={platform} t={t} />, document.getElementById('app')!);
