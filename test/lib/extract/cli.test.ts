import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** `npm run clip` end to end: the real CLI in a child process, as a user runs it. */
const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'extract', 'arxiv-abs-old-style', 'source.html');

function clip(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'cli', 'clip.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run clip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gleaner-cli-'));

  test('md: the note with YAML front matter', () => {
    const out = clip(FIXTURE, '--url', 'https://arxiv.org/abs/hep-th/9901001');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^---\ntitle: "Supersymmetric \$\\\\mathcal\{N\}=4\$ gauge theory: a \\"test\\" case"\n/);
    expect(out.stdout).toContain('arxivVersion: 3');
    expect(out.stdout).toContain('## Abstract');
  }, 60_000);

  test('json: the whole clip with the data model\u2019s field names', () => {
    const out = clip(FIXTURE, '--url', 'https://arxiv.org/abs/hep-th/9901001', '--format', 'json');
    expect(out.code).toBe(0);
    const parsed = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(parsed).toMatchObject({ arxivId: 'hep-th/9901001', canonicalKey: 'arxiv:hep-th/9901001', warnings: [] });
    expect(Object.keys(parsed)).toContain('content');
  }, 60_000);

  test('refuses, in one line, a file that is not HTML, a bad URL and a page with nothing to extract', () => {
    const binary = join(dir, 'paper.pdf');
    writeFileSync(binary, '%PDF-1.7\n\u0000\u0001binary');
    const notHtml = clip(binary, '--url', 'https://example.org/x');
    expect(notHtml.code).not.toBe(0);
    expect(notHtml.stderr.trim()).toMatch(/^clip: .*is not an HTML page\.$/);

    const badUrl = clip(FIXTURE, '--url', 'not a url');
    expect(badUrl.code).not.toBe(0);
    expect(badUrl.stderr.trim()).toMatch(/^clip: --url "not a url" is not a URL/);

    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '<html><head><title>Nothing</title></head><body><form><input></form></body></html>');
    const nothing = clip(empty, '--url', 'https://example.org/empty');
    expect(nothing.code).not.toBe(0);
    expect(nothing.stderr.trim().split('\n')).toHaveLength(1);
    expect(nothing.stderr).toMatch(/No content could be extracted/);
  }, 120_000);
});
