import type { GleanerDB } from '../store/db';
import { ensureSearchIndex } from './rebuild';

/**
 * Compaction a moment after writes settle, so that it never competes with a user's typing and
 * runs once for a burst of saves. `poke()` after each write; the check itself is one head read
 * and one count, and compacts only when the delta has reached COMPACT_AT clips.
 */
export function indexUpkeep(db: GleanerDB, quietMs = 2000, onError: (error: unknown) => void = () => {}): { poke(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    poke() {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        ensureSearchIndex(db).catch(onError);
      }, quietMs);
    },
  };
}
