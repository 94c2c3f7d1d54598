import type { NoteLang } from '@/lib/export/note-format';

/** Exported notes take the UI's language for their headings (main.tsx sets it on `<html lang>`). */
export function uiNoteLang(): NoteLang {
  return document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
}
