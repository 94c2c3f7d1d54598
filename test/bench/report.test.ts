import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { figure, notMeasured } from '../../bench/figure';
import type { MachineInfo } from '../../bench/machine';
import {
  escapeCell,
  figureRow,
  formatMet,
  formatNumber,
  formatRatio,
  formatValue,
  renderMarkdown,
  resultsJson,
  tally,
  writeReport,
  type BenchReport,
  type SuiteOutcome,
} from '../../bench/report';

const machine: MachineInfo = {
  cpu: 'Test CPU @ 2.0GHz',
  cores: 2,
  memoryGiB: 8,
  os: 'Debian GNU/Linux 12 (bookworm)',
  node: 'v20.20.2',
  chromium: 'Chromium 156.0.8078.79',
  commit: 'abc1234',
  loadAverage: 0.5,
  versions: { turndown: '7.2.5', defuddle: '0.19.4' },
};

function suite(overrides: Partial<SuiteOutcome>): SuiteOutcome {
  return {
    name: 'search',
    title: 'Search',
    method: 'Warm queries over 10,000 generated clips.',
    file: 'bench/suites/search.ts',
    status: 'ok',
    error: null,
    durationMs: 12_345,
    load: { before: 0.5, after: 1.25 },
    figures: [],
    ...overrides,
  };
}

const warm = figure({ name: 'search.warm.p95', label: 'Warm query p95', value: 4.2, unit: 'ms', baseline: 42, baselineName: 'plain scan', target: { minSpeedup: 5 } });
const bundle = figure({ name: 'popup.bundle.popup.gzip', label: 'Popup JS, first frame (gzip)', value: 71.3, unit: 'KB', target: { max: 60 } });
const info = figure({ name: 'popup.bundle.popup.raw', label: 'Popup JS (raw)', value: 215.55, unit: 'KB' });

function report(overrides: Partial<BenchReport> = {}): BenchReport {
  return {
    generatedAt: '2026-11-22T10:00:00.000Z',
    quick: false,
    only: [],
    budgetSeconds: 570,
    totalMs: 83_000,
    machine,
    suites: [
      suite({ figures: [warm] }),
      suite({ name: 'popup', title: 'Popup', file: 'bench/suites/popup.ts', method: 'Bundle sizes.', figures: [bundle, info] }),
      suite({ name: 'digest', title: 'digest', file: 'bench/suites/digest.ts', method: '', status: 'failed', error: 'Cannot find module lib/digest', figures: [] }),
    ],
    ...overrides,
  };
}

describe('formatting', () => {
  test('numbers keep about three significant digits and group thousands', () => {
    expect(formatNumber(10_000)).toBe('10,000');
    expect(formatNumber(1234.56)).toBe('1,235');
    expect(formatNumber(215.55)).toBe('216');
    expect(formatNumber(42.26)).toBe('42.3');
    expect(formatNumber(4.216)).toBe('4.22');
    expect(formatNumber(0.0042)).toBe('0.0042');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(Number.NaN)).toBe('n/a');
  });

  test('values carry their unit; percentages hug the number', () => {
    expect(formatValue(4.2, 'ms')).toBe('4.20 ms');
    expect(formatValue(98, '%')).toBe('98%');
    expect(formatValue(12, '')).toBe('12');
    expect(formatValue(Number.NaN, 'ms')).toBe('not measured');
  });

  test('ratios and met marks', () => {
    expect(formatRatio(0.1)).toBe('0.10×');
    expect(formatRatio(null)).toBe('—');
    expect(formatMet(true)).toBe('✅');
    expect(formatMet(false)).toBe('❌');
    expect(formatMet(null)).toBe('—');
  });

  test('cells cannot break the table', () => {
    expect(escapeCell('a | b\nc')).toBe('a \\| b c');
  });

  test('a row shows value, baseline with its name, ratio, target and the met mark', () => {
    expect(figureRow(warm)).toBe('| Warm query p95 | 4.20 ms | 42 ms (plain scan) | 0.10× | ≥ 5× faster than baseline | ✅ |  |');
    expect(figureRow(bundle)).toBe('| Popup JS, first frame (gzip) | 71.3 KB | — | — | < 60 KB | ❌ |  |');
  });

  test('a figure not measured says so in the value and the notes', () => {
    const row = figureRow(notMeasured({ name: 'x', label: 'Cold search', unit: 'ms', target: { max: 100 }, reason: 'no search box | yet' }));
    expect(row).toBe('| Cold search | not measured | — | — | < 100 ms | — | not measured: no search box \\| yet |');
  });
});

describe('BENCHMARKS.md', () => {
  test('counts met, missed and unjudged figures', () => {
    const missing = notMeasured({ name: 'x', label: 'x', unit: 'ms', target: { max: 1 }, reason: 'no UI' });
    expect(tally([warm, bundle, info, missing])).toEqual({ met: 1, missed: 1, notMeasured: 1, informational: 1 });
  });

  test('has the machine, the versions, a summary, and one table per suite with its method', () => {
    const markdown = renderMarkdown(report());
    expect(markdown).toContain('| CPU | Test CPU @ 2.0GHz |');
    expect(markdown).toContain('| Chromium | Chromium 156.0.8078.79 |');
    expect(markdown).toContain('| Node.js | v20.20.2 |');
    expect(markdown).toContain('| defuddle | 0.19.4 |');
    expect(markdown).toContain('3 figures: 1 met their target, 1 missed it, 0 could not be measured in this run, 1 have no target (context).');
    expect(markdown).toContain('| Search | ok | 1 | 1 | 0 | 12.3 s |');
    expect(markdown).toContain('## Popup\n\n`bench/suites/popup.ts` · ok · 12.3 s · load 0.5 → 1.25\n\nBundle sizes.\n\n| Figure | Value |');
    expect(markdown).toContain(figureRow(bundle));
    expect(markdown).toMatch(/noisy machine/i);
    expect(markdown).not.toMatch(/Quick mode/);
    expect(markdown).not.toMatch(/\n{3,}/);
    expect(markdown).not.toMatch(/Busy machine/);
  });

  test('a run that started on a busy machine says so', () => {
    const markdown = renderMarkdown(report({ machine: { ...machine, loadAverage: 4.5 } }));
    expect(markdown).toContain('the load average was 4.5 on 2 cores');
  });

  test('a failed suite is reported with its reason and the others are kept', () => {
    const markdown = renderMarkdown(report());
    expect(markdown).toContain('| digest | failed: Cannot find module lib/digest | 0 | 0 | 0 | 12.3 s |');
    expect(markdown).toContain('_No figures: the suite did not finish._');
    expect(markdown).toContain('## Search');
  });

  test('quick mode is flagged at the top, and the command names the suites picked', () => {
    const markdown = renderMarkdown(report({ quick: true, only: ['popup', 'search'] }));
    expect(markdown).toContain('`npm run bench -- --quick --only popup,search`');
    expect(markdown).toMatch(/Quick mode/);
    expect(renderMarkdown(report())).toContain('Generated by `npm run bench` at');
  });
});

describe('bench/results.json', () => {
  test('one flat entry per figure, with machine and mode', () => {
    const json = resultsJson(report());
    expect(json.figures.map((f) => f.name)).toEqual(['search.warm.p95', 'popup.bundle.popup.gzip', 'popup.bundle.popup.raw']);
    expect(json.figures[0]).toMatchObject({ value: 4.2, unit: 'ms', baseline: 42, ratio: 0.1, target: '≥ 5× faster than baseline', met: true });
    expect(json.machine).toEqual(machine);
    expect(json.quick).toBe(false);
    expect(json.suites.find((s) => s.name === 'digest')).toMatchObject({ status: 'failed', error: 'Cannot find module lib/digest' });
  });

  test('written to disk, a figure not measured has a null value', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gleaner-report-'));
    try {
      const missing = notMeasured({ name: 'popup.search', label: 'Cold search', unit: 'ms', target: { max: 100 }, reason: 'no UI' });
      const files = { markdown: path.join(dir, 'BENCHMARKS.md'), json: path.join(dir, 'bench', 'results.json') };
      await writeReport(report({ suites: [suite({ figures: [missing] })] }), files);
      const json = JSON.parse(await readFile(files.json, 'utf8'));
      expect(json.figures[0].value).toBeNull();
      expect(json.figures[0].met).toBeNull();
      expect(await readFile(files.markdown, 'utf8')).toContain('| Cold search | not measured |');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
