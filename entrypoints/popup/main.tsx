import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { createTranslator, pickLocale } from '@/lib/i18n';
import { GleanerDB } from '@/lib/store/db';
import { readSettings } from '@/lib/store/settings';
import '@/assets/styles/popup.css';
import { createPopupPlatform } from './platform';

const db = new GleanerDB();
const platform = createPopupPlatform(db);
const settings = await readSettings(db);
const locale = settings.locale === 'auto' ? pickLocale(platform.uiLanguage) : settings.locale;
document.documentElement.lang = locale === 'zh_CN' ? 'zh-CN' : 'en';
render(<PopupApp platform={platform} t={createTranslator(locale)} />, document.getElementById('app')!);
