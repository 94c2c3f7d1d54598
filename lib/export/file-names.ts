import { formatIsoWeek, type IsoWeek } from './iso-week';

/**
 * File names that every system accepts: no `<>:"/\|?*` or control characters (Windows, and
 * Android's FAT storage), no trailing dot or space, no reserved device names, at most 100
 * characters (room for a folder path under the 255-byte limit even in CJK, 3 bytes a character).
 */

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

export function safeFileStem(text: string, fallback = 'untitled'): string {
  let stem = text
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  stem = Array.from(stem).slice(0, 100).join('').trim().replace(/[.\s]+$/, '');
  if (!stem) return fallback;
  return RESERVED.test(stem) ? `_${stem}` : stem;
}

export type DigestPeriodName = { kind: 'week'; week: IsoWeek } | { kind: 'range'; from: string; to: string } | { kind: 'other'; date: string };

/** `2026-W47-paper-digest.md`, `2026-11-16_2026-11-22-paper-digest.md`, `2026-11-22-paper-digest.md`. */
export function digestFileName(period: DigestPeriodName): string {
  switch (period.kind) {
    case 'week':
      return `${formatIsoWeek(period.week)}-paper-digest.md`;
    case 'range':
      return `${period.from}_${period.to}-paper-digest.md`;
    case 'other':
      return `${period.date}-paper-digest.md`;
  }
}

/** A clip's note: its title (the name Obsidian shows and links by). */
export function clipNoteFileName(clip: { title: string; arxivId: string | null }): string {
  return `${safeFileStem(clip.title, clip.arxivId ?? 'untitled')}.md`;
}
