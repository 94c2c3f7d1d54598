import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { ROOT } from './paths';

/**
 * The Firefox build: no Firefox runs here, so this checks what can be checked without one — it
 * builds, it is Manifest V3 with Firefox's background form, and every file the manifest names
 * is in the build. (The Chrome build is loaded and driven by every other e2e file.)
 */
const OUT = path.join(ROOT, '.output', 'firefox-mv3');

interface FirefoxManifest {
  manifest_version: number;
  background?: { scripts?: string[]; service_worker?: string };
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  content_scripts?: { js?: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
}

let manifest: FirefoxManifest;

beforeAll(() => {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
  manifest = JSON.parse(readFileSync(path.join(OUT, 'manifest.json'), 'utf8')) as FirefoxManifest;
}, 120_000);

test('Firefox gets Manifest V3 with an event-page background (Firefox has no service workers for extensions)', () => {
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.background?.scripts).toEqual(['background.js']);
  expect(manifest.background?.service_worker).toBeUndefined();
  expect(manifest.browser_specific_settings?.gecko?.id).toBe('gleaner@gleaner.dev');
  expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
});

test('every file the Firefox manifest names is in the build, and no script compiles code at run time', () => {
  const named = [
    ...(manifest.background?.scripts ?? []),
    manifest.action?.default_popup,
    manifest.options_ui?.page,
    ...(manifest.content_scripts ?? []).flatMap((script) => script.js ?? []),
  ].filter((file): file is string => Boolean(file));
  expect(named.length).toBeGreaterThanOrEqual(4);
  for (const file of named) expect(existsSync(path.join(OUT, file)), file).toBe(true);

  const scripts = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? scripts(path.join(dir, entry.name)) : entry.name.endsWith('.js') ? [path.join(dir, entry.name)] : [],
    );
  for (const file of scripts(OUT)) {
    const code = readFileSync(file, 'utf8');
    expect(code, file).not.toMatch(/\bnew Function\s*\(/);
    expect(code, file).not.toMatch(/[^.\w]eval\s*\(/);
  }
});
