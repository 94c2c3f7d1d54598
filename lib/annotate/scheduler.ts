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
  const wait = options.wait ?? pageTurn;
  let sliceStart = now();
  return {
    shouldYield: () => now() - sliceStart >= budget,
    async yield() {
      await wait();
      sliceStart = now();
    },
  };
}

/**
 * A turn for the page without setTimeout's clamping (4 ms once nested): `scheduler.yield()` where
 * the browser has it (Chromium 129+), else a message on a fresh channel.
 */
export function pageTurn(): Promise<void> {
  const native = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof native?.yield === 'function') return native.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Never yields: for tests and for work known to be small. */
export const runToEnd: Scheduler = { shouldYield: () => false, yield: async () => {} };
