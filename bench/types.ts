/**
 * One measured figure of `npm run bench`. Every figure is measured side by side with its baseline
 * in the same run, and states the target the issues set.
 */
export interface Figure {
  /** Stable, dotted name, e.g. `extract.arxiv-html.time-ratio`. */
  name: string;
  /** Human label for BENCHMARKS.md. */
  label: string;
  value: number;
  unit: string;
  /** The baseline's value in the same run, when there is one. */
  baseline: number | null;
  baselineName: string | null;
  /** value / baseline. */
  ratio: number | null;
  /** The target, as text (`< 10 ms`, `≤ 0.5× baseline`), or null when the issues set none. */
  target: string | null;
  /** Whether the target is met; null when there is no target. */
  met: boolean | null;
  notes?: string;
}

export interface SuiteContext {
  quick: boolean;
  log(message: string): void;
}

/** A group of figures; one file a suite under bench/suites/. */
export interface Suite {
  name: string;
  title: string;
  /** How the figures were measured: DOM, runs, data; goes into BENCHMARKS.md. */
  method: string;
  run(context: SuiteContext): Promise<Figure[]>;
}
