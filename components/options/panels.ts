import type { ComponentType } from 'preact';
import type { MessageKey, Translate } from '@/lib/i18n';
import type { OptionsPlatform } from './options-platform';
import { SettingsPanel } from './SettingsPanel';
import { LibraryPanel } from './LibraryPanel';
import { DigestPanel } from '../digest/DigestPanel';
import { TemplatesPanel } from '../templates/TemplatesPanel';
import { BackupPanel } from '@/components/backup/BackupPanel';

export interface PanelProps {
  platform: OptionsPlatform;
  t: Translate;
}

export interface Panel {
  /** Also the URL hash that opens it: options.html#digest */
  id: string;
  label: MessageKey;
  component: ComponentType<PanelProps>;
}

/** The options page's tabs, in order. Each area adds its panel here. */
export const PANELS: Panel[] = [
  { id: 'library', label: 'searchLibraryTitle', component: LibraryPanel },
  { id: 'digest', label: 'digestTitle', component: DigestPanel },
  { id: 'templates', label: 'templatesTitle', component: TemplatesPanel },
  { id: 'backup', label: 'backupTitle', component: BackupPanel },
  { id: 'settings', label: 'settingsTitle', component: SettingsPanel },
];
