import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildExtension, ensureChromium } from '../../test/e2e/build';
import { EXTENSION_DIR } from '../../test/e2e/paths';
import { ROOT } from '../machine';

export const PRODUCTION_DIR = path.join(ROOT, '.output', 'chrome-mv3');
export { EXTENSION_DIR as E2E_DIR };

/**
 * Both builds, fresh: the production one (sizes are measured on what users install) and the e2e
 * variant the browser loads. A build takes a few seconds, and a stale build would measure old
 * code; GLEANER_BENCH_REUSE=1 keeps existing builds (for iterating on the bench itself).
 */
export function prepareExtension(log: (message: string) => void): void {
  ensureChromium();
  const reuse = process.env.GLEANER_BENCH_REUSE === '1';
  for (const [e2e, dir] of [[false, PRODUCTION_DIR], [true, EXTENSION_DIR]] as const) {
    if (reuse && existsSync(path.join(dir, 'manifest.json'))) {
      log(`reusing ${path.relative(ROOT, dir)} (GLEANER_BENCH_REUSE=1)`);
      continue;
    }
    log(`building ${path.relative(ROOT, dir)}…`);
    buildExtension({ e2e });
  }
}
