import type { Clip } from '../clip/model';
import type { GleanerDB } from '../store/db';
import { isUserSetting } from '../store/settings';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from './format';

/**
 * Everything the user made, read in one transaction so the file is a consistent snapshot even if
 * a save lands meanwhile. Not exported: the search index (derived), drafts of unsaved pages and
 * the trash (both short-lived), and settings that are bookkeeping rather than the user's choice.
 */
export async function collectBackup(db: GleanerDB, now: Date = new Date()): Promise<BackupFile> {
  return db.transaction('r', [db.clips, db.contents, db.highlights, db.templates, db.settings], async () => {
    const [rows, contents, highlights, templates, allSettings] = await Promise.all([
      db.clips.toArray(),
      db.contents.toArray(),
      db.highlights.toArray(),
      db.templates.toArray(),
      db.settings.toArray(),
    ]);
    const settings = allSettings.filter((row) => isUserSetting(row.key));
    const markdown = new Map(contents.map((row) => [row.clipId, row.markdown]));
    const clips: Clip[] = rows.map((row) => ({ ...row, content: markdown.get(row.id) ?? '' }));
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: db.verno,
      exportedAt: now.toISOString(),
      counts: { clips: clips.length, highlights: highlights.length, templates: templates.length, settings: settings.length },
      clips,
      highlights,
      templates,
      settings,
    };
  });
}

/**
 * The file's text, in pieces for a Blob: the whole library is never one giant string, and each
 * record sits on its own line, so a backup can be read and diffed by a person.
 */
export function backupParts(backup: BackupFile): string[] {
  const { clips, highlights, templates, settings, ...header } = backup;
  const head = JSON.stringify(header);
  const parts = [head.slice(0, -1)];
  const lists: [string, readonly unknown[]][] = [
    ['clips', clips],
    ['highlights', highlights],
    ['templates', templates],
    ['settings', settings],
  ];
  for (const [name, rows] of lists) {
    parts.push(`,\n${JSON.stringify(name)}:[`);
    rows.forEach((row, index) => parts.push(`${index === 0 ? '\n' : ',\n'}${JSON.stringify(row)}`));
    parts.push(rows.length ? '\n]' : ']');
  }
  parts.push('}\n');
  return parts;
}
