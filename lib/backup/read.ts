import * as v from 'valibot';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES, type BackupProblem, type BackupRead } from './format';
import { backupSchema, type BackupFile } from './schema';

/** What readBackup needs of a file: a `File` or `Blob` is one. */
export interface BlobLike {
  size: number;
  text(): Promise<string>;
}

const problem = (p: BackupProblem): BackupRead<never> => ({ ok: false, problem: p });

/**
 * Reads and checks a backup file without touching the database. The size is checked before the
 * file is read; every row is checked before the caller may write any of it.
 */
export async function readBackup(file: BlobLike, currentSchema: number, limit = MAX_BACKUP_BYTES): Promise<BackupRead<BackupFile>> {
  if (file.size === 0) return problem({ kind: 'empty' });
  if (file.size > limit) return problem({ kind: 'too-large', bytes: file.size, limit });
  return parseBackup(await file.text(), currentSchema);
}

export function parseBackup(text: string, currentSchema: number): BackupRead<BackupFile> {
  const body = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    // The engine's parse message is not worth showing; what helps is knowing whether this was a
    // backup at all (then it was cut short or edited) or some other file.
    return problem(body.slice(0, 200).includes(`"${BACKUP_FORMAT}"`) ? { kind: 'damaged' } : { kind: 'not-json' });
  }
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) return problem({ kind: 'not-backup' });
  if (typeof data.version === 'number' && data.version > BACKUP_VERSION) return problem({ kind: 'newer', version: data.version });
  if (typeof data.schemaVersion === 'number' && data.schemaVersion > currentSchema) {
    return problem({ kind: 'newer', version: data.schemaVersion });
  }
  const parsed = v.safeParse(backupSchema, data, { abortEarly: true });
  if (!parsed.success) {
    const [issue] = parsed.issues;
    return problem({ kind: 'invalid', path: v.getDotPath(issue) ?? '', message: issue.message });
  }
  const inconsistency = findInconsistency(parsed.output);
  if (inconsistency) return problem({ kind: 'inconsistent', detail: inconsistency });
  // Files from an older schema would be upgraded here, step by step, by the same rules as the
  // database's upgrade() functions (see docs/ARCHITECTURE.md, "Schema versions"). v1 is the first.
  return { ok: true, value: parsed.output };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstDuplicate(values: Iterable<string>): string | null {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return null;
}

/** Checks what a per-row schema cannot: the counts, and keys that must be unique. */
function findInconsistency(backup: BackupFile): string | null {
  for (const list of ['clips', 'highlights', 'templates', 'settings'] as const) {
    if (backup.counts[list] !== backup[list].length) {
      return `counts.${list} is ${backup.counts[list]} but the file holds ${backup[list].length}`;
    }
  }
  const checks: [string, Iterable<string>][] = [
    ['clip id', backup.clips.map((c) => c.id)],
    ['clip canonicalKey', backup.clips.map((c) => c.canonicalKey)],
    ['highlight id', backup.highlights.map((h) => h.id)],
    ['template id', backup.templates.map((t) => t.id)],
    ['setting key', backup.settings.map((s) => s.key)],
  ];
  for (const [what, values] of checks) {
    const duplicate = firstDuplicate(values);
    if (duplicate !== null) return `two records share the ${what} "${duplicate}"`;
  }
  return null;
}
