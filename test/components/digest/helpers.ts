import { vi } from 'vitest';
import { createDispatcher, type BackgroundCalls } from '@/lib/protocol';
import { storeHandlers } from '@/lib/store/service';
import { templateHandlers, type TemplateCalls } from '@/lib/digest/template-store';
import type { GleanerDB } from '@/lib/store/db';
import type { OptionsPlatform } from '@/components/options/options-platform';
import type { ExportActions } from '@/components/digest/export-actions';
import { createTranslator } from '@/lib/i18n';

/** An options platform over a real (fake-indexeddb) database, answering calls as the background would. */
export function testPlatform(db: GleanerDB, uiLanguage = 'en'): OptionsPlatform {
  const store = createDispatcher<BackgroundCalls>(storeHandlers(db));
  const templates = createDispatcher<TemplateCalls>(templateHandlers(db));
  return {
    db,
    call: (async (name: string, args: unknown) => (await store({ call: name, args })) ?? (await templates({ call: name, args }))) as OptionsPlatform['call'],
    openTab: vi.fn(),
    uiLanguage,
  };
}

export function recordingActions() {
  const downloads: { fileName: string; text: string }[] = [];
  const copies: { text: string; html?: string }[] = [];
  const actions: ExportActions = {
    copyText: async (text) => void copies.push({ text }),
    copyRich: async (html, text) => void copies.push({ html, text }),
    download: (fileName, text) => void downloads.push({ fileName, text }),
  };
  return { actions, downloads, copies };
}

export const t = createTranslator('en');
