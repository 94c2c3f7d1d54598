import type { DigestLang } from '../phrases';
import { EN_TEMPLATE } from './en';
import { ZH_TEMPLATE } from './zh';

export interface BuiltinTemplate {
  /** Stable id, never a user template's (those are store ids). */
  id: `builtin:${DigestLang}`;
  lang: DigestLang;
  body: string;
}

export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  { id: 'builtin:zh', lang: 'zh', body: ZH_TEMPLATE },
  { id: 'builtin:en', lang: 'en', body: EN_TEMPLATE },
];

export function builtinTemplate(lang: DigestLang): BuiltinTemplate {
  return BUILTIN_TEMPLATES.find((t) => t.lang === lang)!;
}

export function isBuiltinId(id: string): boolean {
  return id.startsWith('builtin:');
}
