import { mkdtemp, writeFile, mkdir, readFile, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runDigestCli } from '../../../cli/digest';
import { readClipFile } from '@/lib/digest/input';

const LIBRARY = path.join(__dirname, '../../fixtures/digest/library.json');
const EXPECTED = path.join(__dirname, '../../fixtures/digest/expected');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runDigestCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), now: () => new Date('2026-11-22T12:00:00Z') });
  return { code, stdout, stderr };
}

/** What `npm run clip -- --format json` prints: a PageClip, no id, dates or notes. */
const pageClip = {
  url: 'https://arxiv.org/abs/2310.06825v1',
  canonicalKey: 'arxiv:2310.06825',
  kind: 'arxiv',
  title: 'Mistral 7B',
  authors: ['Albert Q. Jiang', 'Alexandre Sablayrolles'],
  abstract: 'We introduce Mistral 7B.',
  published: '2023-10-10',
  updated: null,
  arxivId: '2310.06825',
  arxivVersion: 1,
  primaryCategory: 'cs.CL',
  categories: ['cs.CL'],
  content: '# Mistral 7B',
  warnings: [],
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'gleaner-digest-cli-'));
});

describe('npm run digest', () => {
  test('a backup and a week give the golden digest, byte for byte', async () => {
    const result = await run('--clips', LIBRARY, '--week', '2026-W47', '--tz', 'Asia/Shanghai', '--lang', 'zh', '--group', '--include-unsummarized', '--front-matter');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(await readFile(path.join(EXPECTED, 'w47-zh-grouped.md'), 'utf8'));
  });

  test('--from/--to is the same as the week', async () => {
    const week = await run('--clips', LIBRARY, '--week', '2026-W47', '--tz', 'Asia/Shanghai');
    const range = await run('--clips', LIBRARY, '--from', '2026-11-16', '--to', '2026-11-22', '--tz', 'Asia/Shanghai');
    expect(range.code).toBe(0);
    expect(range.stdout.replace(/^# .*\n\n.*\n/, '')).toBe(week.stdout.replace(/^# .*\n\n.*\n/, ''));
    expect(range.stdout).toMatch(/^# Paper digest 2026-11-16 – 2026-11-22: 9 papers worth reading/);
  });

  test('reads what `npm run clip --format json` prints (.json, .jsonl, a folder), defaulting the notes', async () => {
    const folder = path.join(dir, 'clips');
    await mkdir(folder, { recursive: true });
    const withNotes = { ...pageClip, summary: { tldr: 'A 7B model that beats Llama 2 13B.' }, tags: ['llm'] };
    await writeFile(path.join(folder, 'mistral.json'), JSON.stringify(withNotes));
    await writeFile(path.join(folder, 'more.jsonl'), `${JSON.stringify({ ...pageClip, url: 'https://example.org/x', canonicalKey: 'url:https://example.org/x', arxivId: null, title: 'Blog', tldr: 'Top-level tldr works too.' })}\n\n`);
    await writeFile(path.join(folder, 'notes.txt'), 'ignored');
    const when = new Date('2026-11-18T10:00:00Z');
    await utimes(path.join(folder, 'mistral.json'), when, when);
    await utimes(path.join(folder, 'more.jsonl'), when, when);
    const result = await run('--clips', folder, '--week', '2026-W47', '--tz', 'UTC');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('**[Mistral 7B](https://arxiv.org/abs/2310.06825)**');
    expect(result.stdout).toContain('**TL;DR:** Top-level tldr works too.');
    const other = await run('--clips', folder, '--week', '2026-W40', '--tz', 'UTC');
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/^No clips to digest: 2 read/);
  });

  test('a template file, and a template stored in a backup by name', async () => {
    const file = path.join(dir, 'mine.liquid');
    await writeFile(file, '{% for clip in clips %}- {{ clip.title }}\n{% endfor %}');
    const fromFile = await run('--clips', LIBRARY, '--week', '2026-W47', '--tz', 'Asia/Shanghai', '--template', file);
    expect(fromFile.stdout.split('\n')).toHaveLength(10);
    const backup = JSON.parse(await readFile(LIBRARY, 'utf8'));
    backup.templates = [{ id: 't1', name: 'Titles', body: '{% broken', workingBody: 'Count: {{ count }}', updatedAt: '2026-11-20T00:00:00Z' }];
    const backupFile = path.join(dir, 'backup.json');
    await writeFile(backupFile, JSON.stringify(backup));
    const stored = await run('--clips', backupFile, '--week', '2026-W47', '--tz', 'Asia/Shanghai', '--template', 'Titles');
    expect(stored).toMatchObject({ code: 0, stdout: 'Count: 9\n' });
  });

  test.each([
    [['--week', '2026-W47'], 2, /^Missing --clips/],
    [['--clips', '/no/such/file.json'], 1, /no such file or folder/],
    [['--clips', LIBRARY, '--week', 'last'], 2, /ISO week such as 2026-W47/],
    [['--clips', LIBRARY, '--week', '2026-W47', '--from', '2026-11-16'], 2, /either --week or --from/],
    [['--clips', LIBRARY, '--from', '2026-13-01'], 2, /YYYY-MM-DD/],
    [['--clips', LIBRARY, '--lang', 'fr'], 2, /choose zh or en/],
    [['--clips', LIBRARY, '--tz', 'Mars/Olympus'], 2, /not a time zone/],
    [['--clips', LIBRARY, '--frobnicate'], 2, /Unknown option '--frobnicate'. See --help./],
  ])('%s exits %i with one line that says what to do', async (argv, code, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  test('bad input files say which item is wrong', async () => {
    const bad = path.join(dir, 'bad.jsonl');
    await writeFile(bad, `${JSON.stringify(pageClip)}\n{"title": "no url"}\n`);
    expect((await run('--clips', bad)).stderr).toBe(`${bad}:2: the clip has no "url". Give each clip at least "url" and "title".\n`);
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, '{"url": ');
    expect((await run('--clips', broken)).stderr).toMatch(/broken\.json: not valid JSON/);
    const future = path.join(dir, 'future.json');
    await writeFile(future, JSON.stringify({ format: 'gleaner-backup', version: 9, clips: [] }));
    expect((await run('--clips', future)).stderr).toMatch(/version 9; this Gleaner reads version 1/);
  });

  test('--search finds what the popup\u2019s search finds: Chinese words, highlight notes, filters', async () => {
    const titles = async (query: string) => {
      const result = await run('--clips', LIBRARY, '--search', query, '--include-unsummarized');
      return result.code === 0 ? [...result.stdout.matchAll(/^\*\*\[(.+?)\]\(/gm)].map((m) => m[1]) : result.stderr;
    };
    // 状态空间 occurs only inside the Mamba summary's Chinese text (no spaces to split on).
    expect(await titles('状态空间')).toEqual([expect.stringMatching(/^Mamba/)]);
    // A word only a highlight's note holds.
    expect(await titles('选择性 tag:状态空间模型')).toEqual([expect.stringMatching(/^Mamba/)]);
    expect(await titles('reasoning tag:reasoning')).toHaveLength(2);
    expect(await titles('tag:no-such-tag')).toMatch(/No clips to digest/);
  });

  test('--help prints the flags', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--week 2026-W47/);
  });
});

describe('readClipFile', () => {
  test('fills in what a PageClip lacks, keeping its fields', () => {
    const { clips } = readClipFile(JSON.stringify(pageClip), 'x.json', '2026-11-18T10:00:00.000Z');
    expect(clips[0]).toMatchObject({
      title: 'Mistral 7B',
      id: 'arxiv:2310.06825',
      createdAt: '2026-11-18T10:00:00.000Z',
      updatedAt: '2026-11-18T10:00:00.000Z',
      summary: { tldr: '', problem: '', method: '', results: '', future: '' },
      tags: [],
      status: 'to-read',
      rating: null,
      doi: null,
      siteName: null,
    });
  });
});
