import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { OptionsPlatform } from './options-platform';
import { PANELS } from './panels';

export interface OptionsAppProps {
  platform: OptionsPlatform;
  t: Translate;
}

function panelFromHash(): string | undefined {
  const id = location.hash.replace(/^#/, '');
  return PANELS.find((panel) => panel.id === id)?.id ?? PANELS[0]?.id;
}

export function OptionsApp({ platform, t }: OptionsAppProps) {
  const [current, setCurrent] = useState(panelFromHash);
  useEffect(() => {
    const onHash = () => setCurrent(panelFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const panel = PANELS.find((p) => p.id === current);
  return (
    <div class="options">
      <nav class="options__nav" aria-label="Gleaner">
        <img src="/icon/48.png" alt="" width="24" height="24" />
        <strong class="options__brand">{t('extName')}</strong>
        {PANELS.map((p) => (
          <a key={p.id} href={`#${p.id}`} aria-current={p.id === current ? 'page' : undefined}>
            {t(p.label)}
          </a>
        ))}
      </nav>
      <main>{panel && <panel.component platform={platform} t={t} />}</main>
    </div>
  );
}
