import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { pageTranslator } from '@/components/i18n/load-translator';
import { GleanerDB } from '@/lib/store/db';
import { readSettings } from '@/lib/store/settings';
import '@/assets/styles/options.css';
import { createOptionsPlatform } from './platform';

const db = new GleanerDB();
const platform = createOptionsPlatform(db);
const t = await pageTranslator(platform.uiLanguage, readSettings(db).then((settings) => settings.locale));
render(<OptionsApp platform={platform} t={t} />, document.getElementById('app')!);
