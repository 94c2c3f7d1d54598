import { describe, expect, test } from 'vitest';
import { backupParts, collectBackup } from '@/lib/backup/export';
import { MAX_BACKUP_BYTES } from '@/lib/backup/format';
import { parseBackup, readBackup, type BlobLike } from '@/lib/backup/read';
import { saveClip } from '@/lib/store/clips';
import { putHighlight } from '@/lib/store/highlights';
import { importBackup } from '@/lib/backup/import';
import { searchClips } from '@/lib/search/search';
import { GleanerDB } from '@/lib/store/db';
import { freshDb, pageClip } from '../../helpers/db';

/** The schema version of today's database: the reader refuses files from a newer one. */
const SCHEMA = new GleanerDB('schema-version-probe').verno;

async function goodBackupText(): Promise<string> {
  const db = freshDb();
  const { clip } = await saveClip(db, pageClip({ content: '# 正文\n\nText with "quotes".' }), { tags: ['注意力'] });
  await putHighlight(db, {
    id: 'h1', clipId: clip.id, url: clip.url, quote: 'Text', note: 'n', color: 'green',
    selectors: [{ type: 'TextQuoteSelector', exact: 'Text', prefix: '', suffix: ' with' }, { type: 'TextPositionSelector', start: 4, end: 8 }],
    createdAt: clip.createdAt, updatedAt: clip.updatedAt,
  });
  return backupParts(await collectBackup(db)).join('');
}

type Json = { [key: string]: Json } | Json[] | string | number | boolean | null;
const REMOVE = Symbol('remove');

/** The file's text with the value at a dot path (`clips.0.authors`) replaced, or removed. */
function edit(text: string, ...changes: [path: string, value: Json | typeof REMOVE][]): string {
  const json = JSON.parse(text) as Json;
  for (const [path, value] of changes) {
    const keys = path.split('.');
    const last = keys.pop()!;
    const parent = keys.reduce((node, key) => (node as Record<string, Json>)[key]!, json) as Record<string, Json>;
    if (value === REMOVE) delete parent[last];
    else parent[last] = value;
  }
  return JSON.stringify(json);
}

describe('reading a backup file', () => {
  test('a good file is accepted, a byte-order mark included', async () => {
    const text = await goodBackupText();
    const read = parseBackup(`\uFEFF${text}`, SCHEMA);
    expect(read.ok && read.value.clips[0]?.tags).toEqual(['注意力']);
    expect(read.ok && read.value.highlights[0]?.selectors).toHaveLength(2);
  });

  test('a file over the limit is refused from its size, without being read', async () => {
    let read = false;
    const huge: BlobLike = {
      size: 200 * 1024 * 1024,
      text: () => {
        read = true;
        return Promise.reject(new Error('must not be read'));
      },
    };
    expect(await readBackup(huge, SCHEMA)).toEqual({ ok: false, problem: { kind: 'too-large', bytes: huge.size, limit: MAX_BACKUP_BYTES } });
    expect(read).toBe(false);
  });

  test('an empty file, a file that is not JSON, and other JSON are told apart', async () => {
    expect(await readBackup(new Blob([]), SCHEMA)).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(parseBackup('<!doctype html><p>hello', SCHEMA)).toEqual({ ok: false, problem: { kind: 'not-json' } });
    expect(parseBackup('{"type":"FeatureCollection"}', SCHEMA)).toEqual({ ok: false, problem: { kind: 'not-backup' } });
    expect(parseBackup('[1,2]', SCHEMA)).toEqual({ ok: false, problem: { kind: 'not-backup' } });
    expect(parseBackup('null', SCHEMA)).toEqual({ ok: false, problem: { kind: 'not-backup' } });
  });

  test('a backup cut short anywhere is reported as damaged', async () => {
    const text = await goodBackupText();
    for (const fraction of [0.1, 0.5, 0.9, 0.999]) {
      expect(parseBackup(text.slice(0, Math.floor(text.length * fraction)), SCHEMA)).toEqual({ ok: false, problem: { kind: 'damaged' } });
    }
  });

  test('a file from a newer Gleaner (format or database schema) asks for an update', async () => {
    const text = await goodBackupText();
    expect(parseBackup(edit(text, ['version', 2]), SCHEMA)).toEqual({ ok: false, problem: { kind: 'newer', version: 2 } });
    expect(parseBackup(edit(text, ['schemaVersion', 7]), SCHEMA)).toEqual({ ok: false, problem: { kind: 'newer', version: 7 } });
    expect(parseBackup(edit(text, ['version', 0]), SCHEMA)).toMatchObject({ ok: false, problem: { kind: 'invalid', path: 'version' } });
  });

  test('a file written by an earlier schema (v1: the same rows, another search index) is read and imported', async () => {
    const read = parseBackup(edit(await goodBackupText(), ['schemaVersion', 1]), SCHEMA);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const db = freshDb();
    await importBackup(db, read.value, 'replace');
    const found = await searchClips(db, 'tag:注意力 text');
    expect(found.kind === 'results' && found.hits.map((hit) => hit.clip.tags)).toEqual([['注意力']]);
  });

  test('a field of the wrong type is named by its path', async () => {
    const text = await goodBackupText();
    const cases: [string, Json | typeof REMOVE][] = [
      ['clips.0.authors', 'Vaswani'],
      ['clips.0.rating', 9],
      ['clips.0.updatedAt', 'yesterday'],
      ['clips.0.content', REMOVE],
      ['clips.0.summary.tldr', null],
      ['highlights.0.color', 'red'],
      ['highlights.0.selectors.1.start', -1],
      ['highlights.0.selectors.0.type', 'XPathSelector'],
      ['clips', {}],
      ['counts', REMOVE],
    ];
    for (const [path, value] of cases) {
      expect(parseBackup(edit(text, [path, value]), SCHEMA)).toMatchObject({ ok: false, problem: { kind: 'invalid', path } });
    }
  });

  test('a file that contradicts itself is refused', async () => {
    const text = await goodBackupText();
    expect(parseBackup(edit(text, ['counts.clips', 2]), SCHEMA)).toMatchObject({ ok: false, problem: { kind: 'inconsistent' } });
    const clip = (JSON.parse(text) as { clips: { [key: string]: Json }[] }).clips[0]!;
    const twice = edit(text, ['clips.1', { ...clip, canonicalKey: 'url:other' }], ['counts.clips', 2]);
    expect(parseBackup(twice, SCHEMA)).toMatchObject({ ok: false, problem: { kind: 'inconsistent', detail: expect.stringContaining('clip id') } });
  });

  test('keys a file should not carry never reach the rows', async () => {
    const text = edit(await goodBackupText(), ['clips.0.evil', '<script>'], ['clips.0.summary.extra', 1]);
    const read = parseBackup(text.replace('"clips":[{', '"clips":[{"__proto__":{"polluted":true},'), SCHEMA);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(Object.keys(read.value.clips[0]!)).not.toContain('evil');
    expect(Object.keys(read.value.clips[0]!.summary)).not.toContain('extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((read.value.clips[0] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});
