/**
 * Long work in the page (anchoring hundreds of highlights on a 2 MB paper) is cut into slices
 * so the page keeps answering clicks and scrolls: work until the slice's budget is spent, then
 * let the browser run, then continue.
 */
export interface Scheduler {
  /** Whether the current slice has used its budget. */
  shouldYield(): boolean;
  /** Gives the page a turn; the next slice starts when it resolves. */
  yield(): Promise<void>;
}

export interface TimeSliceOptions {
  /** Milliseconds of work per slice (under the 50 ms that makes a "long task"). */
  budget?: number;
  now?: () => number;
  /** How to give the page a turn; by default a macrotask. */
  wait?: () => Promise<void>;
}

export function timeSliceScheduler(options: TimeSliceOptions = {}): Scheduler {
  const budget = options.budget ?? 8;
  const now = options.now ?? (() => performance.now());
  const wait = options.wait ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  let sliceStart = now();
  return {
    shouldYield: () => now() - sliceStart >= budget,
    async yield() {
      await wait();
      sliceStart = now();
    },
  };
}

/** Never yields: for tests and for work known to be small. */
export const runToEnd: Scheduler = { shouldYield: () => false, yield: async () => {} };
