import { useEffect, useState } from 'preact/hooks';
import { LOCALES, type Locale } from '@/lib/i18n-core';
import { readSettings, type Settings } from '@/lib/store/settings';
import type { PanelProps } from './panels';

export type SettingsPanelProps = PanelProps;

const LOCALE_NAMES: Record<Locale, string> = { en: 'English', zh_CN: '简体中文' };

/** User settings; each change is saved at once. */
export function SettingsPanel({ platform, t }: SettingsPanelProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    readSettings(platform.db).then(setSettings);
  }, []);
  if (!settings) return null;

  const change = async <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setSettings({ ...settings, [key]: value });
    const result = await platform.call('saveSetting', { key, value });
    setMessage(result.ok ? t('settingsSaved') : result.error);
    if (result.ok && key === 'locale') location.reload();
  };

  return (
    <section class="panel">
      <h2>{t('settingsTitle')}</h2>
      <label class="field">
        <span class="field__label">{t('settingsLanguage')}</span>
        <select value={settings.locale} onChange={(event) => change('locale', event.currentTarget.value as Settings['locale'])}>
          <option value="auto">{t('settingsLanguageAuto')}</option>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
      </label>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
