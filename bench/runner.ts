import { fork, type ChildProcess } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SuiteOutcome } from './report';
import type { ChildOptions, SuiteMessage, SuiteMeta } from './suite-protocol';

/**
 * Runs every suite file of bench/suites/, one after another (never two at once: they would
 * share the 2 cores and spoil each other's timings), each in a child process, within a budget.
 */

export interface RunnerOptions extends ChildOptions {
  root: string;
  /** Total wall time for all suites, in seconds. */
  budgetSeconds: number;
  log(message: string): void;
}

/** Suite files, sorted so that every run goes in the same order. */
export async function discoverSuites(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

function load(): number {
  return Math.round(os.loadavg()[0]! * 100) / 100;
}

/** Stops a child and the browsers it started, gently first (Playwright closes its browsers on SIGTERM). */
function stop(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const hard = setTimeout(() => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }
  }, 5000);
  hard.unref();
}

interface FileRun {
  metas: SuiteMeta[];
  results: Map<string, Extract<SuiteMessage, { type: 'result' | 'failed' }>>;
  loadError: string | null;
  exit: string | null;
  timedOut: boolean;
  durationMs: number;
}

/** The suite process running now, stopped with the runner on Ctrl+C (it has its own process group). */
let current: ChildProcess | null = null;

function interrupted(): void {
  if (current) stop(current);
  process.exit(130);
}

function runFile(file: string, options: RunnerOptions, timeoutMs: number): Promise<FileRun> {
  const started = performance.now();
  const run: FileRun = { metas: [], results: new Map(), loadError: null, exit: null, timedOut: false, durationMs: 0 };
  const childOptions: ChildOptions = { quick: options.quick, only: options.only };
  const child = fork(path.join(options.root, 'bench', 'run-suite.ts'), [file, JSON.stringify(childOptions)], {
    cwd: options.root,
    execArgv: ['--import', 'tsx'],
    // Its own process group, so that a hung suite can be stopped with everything it started.
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  current = child;
  child.on('message', (message: SuiteMessage) => {
    if (message.type === 'suites') run.metas = message.suites;
    else if (message.type === 'load-failed') run.loadError = message.error;
    else run.results.set(message.name, message);
  });
  const timer = setTimeout(() => {
    run.timedOut = true;
    stop(child);
  }, timeoutMs);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      current = null;
      if (code !== 0) run.exit = signal ? `stopped by ${signal}` : `exited with code ${code}`;
      run.durationMs = performance.now() - started;
      resolve(run);
    });
  });
}

function outcomes(file: string, relative: string, run: FileRun, before: number, timeoutMs: number): SuiteOutcome[] {
  const base = path.basename(file).replace(/\.tsx?$/, '');
  const loadNow = load();
  if (run.loadError || (run.metas.length === 0 && run.exit)) {
    const why = run.timedOut ? `did not load within ${Math.round(timeoutMs / 1000)} s` : (run.loadError ?? `the process ${run.exit} before naming its suites`);
    return [{ name: base, title: base, method: '', file: relative, status: 'failed', error: why, durationMs: run.durationMs, load: { before, after: loadNow }, figures: [] }];
  }
  return run.metas.map((meta) => {
    const result = run.results.get(meta.name);
    const common = { name: meta.name, title: meta.title, method: meta.method, file: relative, load: { before, after: loadNow } };
    if (result?.type === 'result') return { ...common, status: 'ok', error: null, durationMs: result.durationMs, figures: result.figures };
    if (result?.type === 'failed') return { ...common, status: 'failed', error: result.error, durationMs: result.durationMs, figures: [] };
    const error = run.timedOut
      ? `stopped after ${Math.round(timeoutMs / 1000)} s: over the time budget`
      : `no result: the process ${run.exit ?? 'ended early'}`;
    return { ...common, status: 'failed', error, durationMs: run.durationMs, figures: [] };
  });
}

/**
 * Each file gets the budget that is left, less a reserve for each file still to come, and never
 * less than an even share of what is left: one suite that hangs cannot starve the others.
 */
export function fileTimeoutMs(remainingMs: number, filesAfter: number, reservePerFileMs = 15_000): number {
  return Math.max(remainingMs - filesAfter * reservePerFileMs, remainingMs / (filesAfter + 1), 0);
}

async function runFileWithin(file: string, timeoutMs: number, options: RunnerOptions): Promise<SuiteOutcome[]> {
  const relative = path.relative(options.root, file);
  options.log(`▶ ${relative} (up to ${Math.round(timeoutMs / 1000)} s)`);
  const before = load();
  const run = await runFile(file, options, timeoutMs);
  const fileOutcomes = outcomes(file, relative, run, before, timeoutMs);
  if (fileOutcomes.length === 0) options.log(`  ${relative}: no suite selected or exported; skipped`);
  for (const outcome of fileOutcomes) {
    const why = outcome.error ? ` (${outcome.error})` : '';
    options.log(`  ${outcome.name}: ${outcome.status}${why}, ${outcome.figures.length} figures, ${(outcome.durationMs / 1000).toFixed(1)} s`);
  }
  return fileOutcomes;
}

function skipped(file: string, root: string): SuiteOutcome {
  const base = path.basename(file).replace(/\.tsx?$/, '');
  const error = 'the time budget was used up before it could start';
  return { name: base, title: base, method: '', file: path.relative(root, file), status: 'skipped', error, durationMs: 0, load: { before: load(), after: load() }, figures: [] };
}

export async function runSuites(files: readonly string[], options: RunnerOptions): Promise<SuiteOutcome[]> {
  const deadline = performance.now() + options.budgetSeconds * 1000;
  const results: SuiteOutcome[] = [];
  process.once('SIGINT', interrupted);
  try {
    for (const [index, file] of files.entries()) {
      const remaining = deadline - performance.now();
      if (remaining <= 1000) results.push(skipped(file, options.root));
      else results.push(...(await runFileWithin(file, fileTimeoutMs(remaining, files.length - index - 1), options)));
    }
  } finally {
    process.off('SIGINT', interrupted);
  }
  return results;
}
