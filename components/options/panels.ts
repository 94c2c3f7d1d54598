import type { ComponentType } from 'preact';
import type { MessageKey, Translate } from '@/lib/i18n';
import type { OptionsPlatform } from './options-platform';
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
  { id: 'backup', label: 'backupTitle', component: BackupPanel },
];
