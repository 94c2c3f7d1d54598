import { performance } from 'node:perf_hooks';

/** Statistics over repeated timings: medians and percentiles, never a single run. */

function sorted(values: readonly number[]): number[] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) throw new Error('No finite values to summarize: did every run fail?');
  return [...finite].sort((a, b) => a - b);
}

/** The p-th percentile (0–100), linearly interpolated between the closest ranks. */
export function percentile(values: readonly number[], p: number): number {
  const data = sorted(values);
  const rank = (Math.min(Math.max(p, 0), 100) / 100) * (data.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return data[low]! + (data[high]! - data[low]!) * (rank - low);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export interface SampleOptions {
  /** Runs done first and thrown away (JIT, caches). */
  warmup: number;
  runs: number;
}

/** Times `run` `runs` times after `warmup` discarded runs, one after another; milliseconds. */
export async function sample(run: () => unknown, { warmup, runs }: SampleOptions): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}
