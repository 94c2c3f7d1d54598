import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM, ROOT } from './paths';

/** On a fresh Debian machine run as root, install the browser the suite needs (about 30 s). */
export function ensureChromium(): void {
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
 * Builds the extension with `wxt build` (a second or two): the production build into
 * `.output/chrome-mv3`, or with `e2e` the variant the e2e suite and the benchmark load
 * (`.output/chrome-mv3-e2e`, see wxt.config.ts).
 */
export function buildExtension({ e2e }: { e2e: boolean }): void {
  const env = { ...process.env };
  if (e2e) env.GLEANER_E2E = '1';
  else delete env.GLEANER_E2E;
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env });
}
