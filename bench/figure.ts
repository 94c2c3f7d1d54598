import type { Figure } from './types';

/**
 * Targets as data, so that "met" is computed one way for every suite and the target's text in
 * BENCHMARKS.md always says what was checked.
 */
export type Target =
  /** value < max (or ≤ max with `inclusive`), in the figure's unit. */
  | { max: number; inclusive?: boolean }
  /** value ≥ min (or > min with `exclusive`), in the figure's unit. */
  | { min: number; exclusive?: boolean }
  /** value / baseline ≤ maxRatio: "at most 0.5× the baseline's time". */
  | { maxRatio: number }
  /** baseline / value ≥ minSpeedup: "at least 5× faster than the baseline". */
  | { minSpeedup: number };

export interface FigureSpec {
  name: string;
  label: string;
  value: number;
  unit: string;
  baseline?: number | null;
  baselineName?: string | null;
  target?: Target | null;
  notes?: string;
}

/** value / baseline, or null when either is missing, not finite, or the baseline is 0. */
export function ratioOf(value: number, baseline: number | null | undefined): number | null {
  if (baseline === null || baseline === undefined) return null;
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline === 0) return null;
  return value / baseline;
}

/** The target as BENCHMARKS.md shows it, e.g. `< 100 ms`, `≤ 0.5× baseline`. */
export function targetText(target: Target, unit: string): string {
  const withUnit = (n: number) => (unit === '' ? `${n}` : unit === '%' ? `${n}%` : `${n} ${unit}`);
  if ('max' in target) return `${target.inclusive ? '≤' : '<'} ${withUnit(target.max)}`;
  if ('min' in target) return `${target.exclusive ? '>' : '≥'} ${withUnit(target.min)}`;
  if ('maxRatio' in target) return `≤ ${target.maxRatio}× baseline`;
  return `≥ ${target.minSpeedup}× faster than baseline`;
}

/**
 * Whether `value` meets `target`; null when it cannot be judged (no target, a value that was
 * not measured, or a ratio target without a baseline).
 */
export function meets(target: Target | null | undefined, value: number, baseline: number | null | undefined): boolean | null {
  if (!target || !Number.isFinite(value)) return null;
  if ('max' in target) return target.inclusive ? value <= target.max : value < target.max;
  if ('min' in target) return target.exclusive ? value > target.min : value >= target.min;
  const ratio = ratioOf(value, baseline);
  if (ratio === null) return null;
  if ('maxRatio' in target) return ratio <= target.maxRatio;
  // A value of 0 against a positive baseline is infinitely faster.
  return ratio === 0 ? true : 1 / ratio >= target.minSpeedup;
}

/** Builds a Figure with its ratio, target text and "met" computed from the spec. */
export function figure(spec: FigureSpec): Figure {
  const baseline = spec.baseline ?? null;
  const target = spec.target ?? null;
  return {
    name: spec.name,
    label: spec.label,
    value: spec.value,
    unit: spec.unit,
    baseline,
    baselineName: baseline === null ? null : (spec.baselineName ?? null),
    ratio: ratioOf(spec.value, baseline),
    target: target ? targetText(target, spec.unit) : null,
    met: meets(target, spec.value, baseline),
    ...(spec.notes ? { notes: spec.notes } : {}),
  };
}

/**
 * A figure the suite could not measure in this run (say, the UI signal it waits for does not
 * exist yet). It is listed, with the reason, rather than silently left out.
 */
export function notMeasured(spec: Omit<FigureSpec, 'value' | 'baseline'> & { reason: string }): Figure {
  const { reason, notes, ...rest } = spec;
  return figure({ ...rest, value: Number.NaN, notes: notes ? `not measured: ${reason}; ${notes}` : `not measured: ${reason}` });
}
