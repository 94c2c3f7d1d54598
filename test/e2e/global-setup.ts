import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM, EXTENSION_DIR } from './paths';

/** On a fresh Debian machine run as root, install the browser the suite needs (about 30 s). */
function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROMIUM_PATH;
  if (!canInstall) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  console.log(`${CHROMIUM} is missing: installing Debian's chromium with apt-get…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/**
 * Builds the e2e variant of the extension once per run (a second or two), unless
 * GLEANER_E2E_REUSE=1 says the last build is still good.
 */
export default function setup(): void {
  ensureChromium();
  if (process.env.GLEANER_E2E_REUSE === '1' && existsSync(EXTENSION_DIR)) return;
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, GLEANER_E2E: '1' } });
}
