import { browser } from 'wxt/browser';
import { createClient, type BackgroundCalls } from '@/lib/protocol';
import type { GleanerDB } from '@/lib/store/db';
import type { OptionsPlatform } from '@/components/options/options-platform';

export function createOptionsPlatform(db: GleanerDB): OptionsPlatform {
  return {
    db,
    call: createClient<BackgroundCalls>((envelope) => browser.runtime.sendMessage(envelope)),
    openTab: (url) => void browser.tabs.create({ url }),
    uiLanguage: browser.i18n.getUILanguage(),
  };
}
