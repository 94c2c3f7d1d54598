import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { pageTranslator } from '@/components/i18n/load-translator';
import { GleanerDB } from '@/lib/store/db';
import { readSettings } from '@/lib/store/settings';
import '@/assets/styles/popup.css';
import { createPopupPlatform } from './platform';

const db = new GleanerDB();
const platform = createPopupPlatform(db);
const t = await pageTranslator(platform.uiLanguage, readSettings(db).then((settings) => settings.locale));
render(<PopupApp platform={platform} t={t} />, document.getElementById('app')!);
