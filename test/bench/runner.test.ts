// @vitest-environment node
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { discoverSuites, fileTimeoutMs, runSuites } from '../../bench/runner';
import { selected, suitesOf } from '../../bench/suite-protocol';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = path.join(ROOT, 'test', 'bench', 'fixtures', 'suites');
const quiet = () => undefined;

describe('finding suites', () => {
  test('every .ts file of the folder, in a stable order', async () => {
    const files = await discoverSuites(FIXTURES);
    expect(files.map((file) => path.basename(file))).toEqual(['broken.ts', 'fails.ts', 'hangs.ts', 'helper.ts', 'ok.ts']);
  });

  test('a module’s suites are its default and named exports shaped like a Suite', () => {
    const run = async () => [];
    const a = { name: 'a', title: 'A', method: 'm', run };
    const b = { name: 'b', title: 'B', method: 'm', run };
    expect(suitesOf({ default: a, b, also: a, helper: 42, half: { name: 'x' } })).toEqual([a, b]);
  });

  test('--only picks by file name or by suite name', () => {
    expect(selected([], 'popup', 'popup')).toBe(true);
    expect(selected(['popup'], 'popup', 'whatever')).toBe(true);
    expect(selected(['search'], 'search-index', 'search')).toBe(true);
    expect(selected(['digest'], 'popup', 'popup')).toBe(false);
  });

  test('each file gets what is left of the budget, less a reserve for each file still to run', () => {
    expect(fileTimeoutMs(600_000, 4)).toBe(540_000);
    expect(fileTimeoutMs(600_000, 0)).toBe(600_000);
    // Never less than an even share of what is left.
    expect(fileTimeoutMs(30_000, 4)).toBe(6_000);
    expect(fileTimeoutMs(0, 4)).toBe(0);
  });
});

describe('running suites, each in its own process', () => {
  test('a suite that throws, hangs or cannot load is reported as failed; the others still run', async () => {
    const files = await discoverSuites(FIXTURES);
    const outcomes = await runSuites(files, { root: ROOT, quick: true, only: [], budgetSeconds: 8, log: quiet });
    const byName = new Map(outcomes.map((outcome) => [outcome.name, outcome]));

    expect([...byName.keys()].sort()).toEqual(['broken', 'fails', 'hangs', 'ok']);
    expect(byName.get('broken')).toMatchObject({ status: 'failed', file: 'test/bench/fixtures/suites/broken.ts' });
    expect(byName.get('broken')!.error).toMatch(/this module cannot load/);
    expect(byName.get('fails')).toMatchObject({ status: 'failed', error: 'the fixture page is missing', title: 'A suite that throws' });
    expect(byName.get('hangs')).toMatchObject({ status: 'failed', title: 'A suite that never ends', method: 'Waits forever.' });
    expect(byName.get('hangs')!.error).toMatch(/over the time budget/);
    const ok = byName.get('ok')!;
    expect(ok.status).toBe('ok');
    // quick mode reached the suite: its figure is 1 in quick mode, 2 otherwise.
    expect(ok.figures).toEqual([expect.objectContaining({ name: 'ok.figure', value: 1, met: true })]);
  }, 60_000);

  test('--only runs just the suites it names', async () => {
    const files = await discoverSuites(FIXTURES);
    const outcomes = await runSuites(files.filter((file) => !file.endsWith('hangs.ts')), { root: ROOT, quick: false, only: ['ok'], budgetSeconds: 60, log: quiet });
    expect(outcomes.map((outcome) => [outcome.name, outcome.status])).toEqual([
      ['broken', 'failed'],
      ['ok', 'ok'],
    ]);
    expect(outcomes[1]!.figures[0]!.value).toBe(2);
  }, 60_000);
});
