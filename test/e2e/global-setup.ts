import { existsSync } from 'node:fs';
import { buildExtension, ensureChromium } from './build';
import { EXTENSION_DIR } from './paths';

/**
 * Builds the e2e variant of the extension once per run (a second or two), unless
 * GLEANER_E2E_REUSE=1 says the last build is still good.
 */
export default function setup(): void {
  ensureChromium();
  if (process.env.GLEANER_E2E_REUSE === '1' && existsSync(EXTENSION_DIR)) return;
  buildExtension({ e2e: true });
}
