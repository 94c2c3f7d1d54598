/**
 * Gleaner's backup file: one JSON object, also read by the digest CLI, so its shape is a contract:
 * `{ format: "gleaner-backup", version: 1, schemaVersion, exportedAt, counts, clips, highlights,
 * templates, settings }`. `version` is the file format; `schemaVersion` is the Dexie schema of the
 * database that wrote it, so that a later Gleaner knows which row upgrades to apply.
 */
export type { BackupFile } from './schema';

export const BACKUP_FORMAT = 'gleaner-backup';
export const BACKUP_VERSION = 1;

/**
 * Files above this size are refused before they are read: parsing one takes several times its
 * size in memory. 150 MB is years of full-text papers (a long paper is ~100 kB of Markdown); a
 * file larger than that is almost surely not a Gleaner backup.
 */
export const MAX_BACKUP_BYTES = 150 * 1024 * 1024;

/** Why a file cannot be imported. Data, not prose: the options page words it in the user's language. */
export type BackupProblem =
  | { kind: 'empty' }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'not-json' }
  /** Starts like a Gleaner backup but does not parse: cut short or edited. */
  | { kind: 'damaged' }
  | { kind: 'not-backup' }
  /** Written by a newer Gleaner (file format or database schema). */
  | { kind: 'newer'; version: number }
  /** A field of the wrong type; `path` is e.g. `clips.12.authors`. */
  | { kind: 'invalid'; path: string; message: string }
  /** Parses, but contradicts itself (counts, duplicate ids). */
  | { kind: 'inconsistent'; detail: string };

export type BackupRead<T> = { ok: true; value: T } | { ok: false; problem: BackupProblem };

/** `gleaner-backup-2026-11-22.json`, in the user's local date. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `gleaner-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
