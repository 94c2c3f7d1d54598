import type { Figure, Suite } from './types';

/** Messages from a suite's child process (bench/run-suite.ts) to the runner (bench/runner.ts). */
export type SuiteMessage =
  /** Sent first: the suites the file exports and that were selected, before any is run. */
  | { type: 'suites'; suites: SuiteMeta[] }
  | { type: 'result'; name: string; figures: Figure[]; durationMs: number }
  | { type: 'failed'; name: string; error: string; durationMs: number }
  /** The file could not be imported at all. */
  | { type: 'load-failed'; error: string };

export interface SuiteMeta {
  name: string;
  title: string;
  method: string;
}

export interface ChildOptions {
  quick: boolean;
  /** Names selected with --only; empty selects every suite. */
  only: string[];
}

export function isSuite(value: unknown): value is Suite {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Suite>;
  return typeof candidate.name === 'string' && typeof candidate.title === 'string' && typeof candidate.method === 'string' && typeof candidate.run === 'function';
}

/** The suites a module exports: its default export and any named export shaped like a Suite. */
export function suitesOf(module: Record<string, unknown>): Suite[] {
  const found: Suite[] = [];
  for (const value of [module.default, ...Object.entries(module).filter(([key]) => key !== 'default').map(([, v]) => v)]) {
    if (isSuite(value) && !found.includes(value)) found.push(value);
  }
  return found;
}

/** Whether a suite in `file` (base name, no extension) is selected by `--only`. */
export function selected(only: readonly string[], fileBase: string, suiteName: string): boolean {
  return only.length === 0 || only.includes(fileBase) || only.includes(suiteName);
}
