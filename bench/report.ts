import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MachineInfo } from './machine';
import type { Figure } from './types';

/** What one suite gave in a run: its figures, or why it gave none. */
export interface SuiteOutcome {
  /** The suite's name, or the file's base name when the suite never loaded. */
  name: string;
  title: string;
  method: string;
  /** The suite's file, relative to the repository root. */
  file: string;
  status: 'ok' | 'failed' | 'skipped';
  /** For failed and skipped suites: one line saying why. */
  error: string | null;
  durationMs: number;
  /** 1-minute load average before and after the suite ran: how busy the machine was. */
  load: { before: number; after: number };
  figures: Figure[];
}

export interface BenchReport {
  generatedAt: string;
  quick: boolean;
  /** Suites picked with --only; empty for a run of every suite. */
  only: string[];
  budgetSeconds: number;
  totalMs: number;
  machine: MachineInfo;
  suites: SuiteOutcome[];
}

/** Readable precision: 3 significant digits or so, integers grouped by thousands. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return 'n/a';
  const abs = Math.abs(n);
  if (Number.isInteger(n) || abs >= 100) return Math.round(n).toLocaleString('en-US');
  if (abs >= 10) return n.toFixed(1);
  if (abs >= 0.01) return n.toFixed(2);
  if (abs === 0) return '0';
  return n.toPrecision(2);
}

export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'not measured';
  const number = formatNumber(value);
  if (unit === '') return number;
  if (unit === '%') return `${number}%`;
  return `${number} ${unit}`;
}

export function formatRatio(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  return `${formatNumber(ratio)}×`;
}

export function formatMet(met: boolean | null): string {
  if (met === null) return '—';
  return met ? '✅' : '❌';
}

/** Text safe inside a Markdown table cell: no pipes or line breaks to break the row. */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function baselineCell(figure: Figure): string {
  if (figure.baseline === null) return '—';
  const value = formatValue(figure.baseline, figure.unit);
  return figure.baselineName ? `${value} (${figure.baselineName})` : value;
}

export function figureRow(figure: Figure): string {
  const cells = [
    figure.label,
    formatValue(figure.value, figure.unit),
    baselineCell(figure),
    formatRatio(figure.ratio),
    figure.target ?? '—',
    formatMet(figure.met),
    figure.notes ?? '',
  ];
  return `| ${cells.map(escapeCell).join(' | ')} |`;
}

export interface Tally {
  met: number;
  missed: number;
  /** Figures the suite could not take in this run (value NaN). */
  notMeasured: number;
  /** Measured figures with no target, or whose target could not be judged. */
  informational: number;
}

/** How many figures met their targets, missed them, were not measured, or had no target. */
export function tally(figures: readonly Figure[]): Tally {
  const result: Tally = { met: 0, missed: 0, notMeasured: 0, informational: 0 };
  for (const figure of figures) {
    if (figure.met === true) result.met += 1;
    else if (figure.met === false) result.missed += 1;
    else if (!Number.isFinite(figure.value)) result.notMeasured += 1;
    else result.informational += 1;
  }
  return result;
}

function statusText(suite: SuiteOutcome): string {
  if (suite.status === 'ok') return 'ok';
  return `${suite.status}: ${suite.error ?? 'no reason given'}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function machineSection(machine: MachineInfo): string[] {
  return [
    '## Machine',
    '',
    '| | |',
    '|---|---|',
    `| CPU | ${escapeCell(machine.cpu)} |`,
    `| Cores | ${machine.cores} |`,
    `| Memory | ${machine.memoryGiB} GiB |`,
    `| OS | ${escapeCell(machine.os)} |`,
    `| Node.js | ${machine.node} |`,
    `| Chromium | ${escapeCell(machine.chromium)} |`,
    `| Commit | ${machine.commit} |`,
    `| Load average (1 min) at start | ${machine.loadAverage} |`,
    '',
    '### Versions',
    '',
    '| Package | Version |',
    '|---|---|',
    ...Object.entries(machine.versions).map(([name, version]) => `| ${escapeCell(name)} | ${escapeCell(version)} |`),
  ];
}

function suiteSection(suite: SuiteOutcome): string[] {
  const lines = [`## ${suite.title}`, ''];
  lines.push(`\`${suite.file}\` · ${statusText(suite)} · ${seconds(suite.durationMs)} · load ${suite.load.before} → ${suite.load.after}`, '');
  if (suite.method) lines.push(suite.method.trim(), '');
  if (suite.figures.length === 0) {
    lines.push(suite.status === 'ok' ? '_No figures._' : '_No figures: the suite did not finish._', '');
    return lines;
  }
  lines.push('| Figure | Value | Baseline | Ratio | Target | Met | Notes |', '|---|---:|---:|---:|---|:---:|---|');
  lines.push(...suite.figures.map(figureRow), '');
  return lines;
}

/** BENCHMARKS.md: machine and versions, a summary, then one section a suite with its table. */
export function renderMarkdown(report: BenchReport): string {
  const all = report.suites.flatMap((suite) => suite.figures);
  const total = tally(all);
  const flags = [...(report.quick ? ['--quick'] : []), ...(report.only.length > 0 ? ['--only', report.only.join(',')] : [])];
  const lines = [
    '# Benchmarks',
    '',
    `Generated by \`npm run bench${flags.length > 0 ? ` -- ${flags.join(' ')}` : ''}\` at ${report.generatedAt} on commit ${report.machine.commit}, ` +
      `in ${seconds(report.totalMs)} (budget ${report.budgetSeconds} s). Regenerate it with \`npm run bench\`; ` +
      'the same figures are in `bench/results.json`.',
    '',
  ];
  if (report.machine.loadAverage > report.machine.cores) {
    lines.push(
      `> **Busy machine**: the load average was ${report.machine.loadAverage} on ${report.machine.cores} cores when the run started: ` +
        'absolute times are inflated; compare ratios, or run again on a quieter machine.',
      '',
    );
  }
  if (report.quick) {
    lines.push('> **Quick mode**: fewer runs and smaller data than the targets assume. Use these figures to compare changes, not to judge the targets.', '');
  }
  lines.push(
    '> **A noisy machine.** Figures are medians (or percentiles) of repeated runs after warm-up, and each is measured ' +
      'side by side with its baseline in the same run, so ratios are steadier than absolute times. Even so, this ' +
      'machine has 2 cores shared with other work: the load average before and after each suite is shown, and a ' +
      'figure near its target may flip between runs.',
    '',
    '## Summary',
    '',
    `${all.length} ${all.length === 1 ? 'figure' : 'figures'}: ${total.met} met their target, ${total.missed} missed it, ` +
      `${total.notMeasured} could not be measured in this run, ${total.informational} have no target (context).`,
    '',
    '| Suite | Status | Figures | Met | Missed | Time |',
    '|---|---|---:|---:|---:|---:|',
  );
  for (const suite of report.suites) {
    const t = tally(suite.figures);
    lines.push(`| ${escapeCell(suite.title)} | ${escapeCell(statusText(suite))} | ${suite.figures.length} | ${t.met} | ${t.missed} | ${seconds(suite.durationMs)} |`);
  }
  lines.push('', ...machineSection(report.machine), '');
  for (const suite of report.suites) lines.push(...suiteSection(suite));
  lines.push(
    '## Reading the tables',
    '',
    '- **Value** is Gleaner\'s figure; **Baseline** the comparison measured in the same run; **Ratio** is value ÷ baseline.',
    '- **Met**: ✅ the target is met, ❌ it is missed, — there is no target or the figure could not be judged.',
    '- "not measured" means the suite could not take that figure in this run; the note says why.',
    '',
  );
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

export interface ResultsJson {
  generatedAt: string;
  machine: MachineInfo;
  quick: boolean;
  figures: Figure[];
  suites: { name: string; title: string; file: string; status: SuiteOutcome['status']; error: string | null; durationMs: number }[];
}

/** bench/results.json: every figure, flat, for scripts; values not measured are null. */
export function resultsJson(report: BenchReport): ResultsJson {
  return {
    generatedAt: report.generatedAt,
    machine: report.machine,
    quick: report.quick,
    figures: report.suites.flatMap((suite) => suite.figures),
    suites: report.suites.map(({ name, title, file, status, error, durationMs }) => ({ name, title, file, status, error, durationMs: Math.round(durationMs) })),
  };
}

export async function writeReport(report: BenchReport, files: { markdown: string; json: string }): Promise<void> {
  await mkdir(path.dirname(files.json), { recursive: true });
  await writeFile(files.markdown, renderMarkdown(report));
  // JSON has no NaN: a figure not measured has a null value.
  await writeFile(files.json, `${JSON.stringify(resultsJson(report), null, 2)}\n`);
}
