import { afterEach, describe, expect, test, vi } from 'vitest';

/**
 * Least privilege: the exact permissions Gleaner asks for, so that adding one is a visible decision
 * (change this test and the README's "Permissions" section together).
 */

interface ManifestPart {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: unknown;
  content_scripts?: unknown;
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
}

async function configuredManifest(browser: 'chrome' | 'firefox', e2e = false): Promise<ManifestPart> {
  vi.resetModules();
  vi.stubEnv('GLEANER_E2E', e2e ? '1' : '');
  const { default: config } = await import('../../wxt.config');
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts: manifest is expected to be a function of the browser');
  return (await manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' })) as ManifestPart;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the permissions Gleaner asks for', () => {
  test.each(['chrome', 'firefox'] as const)('%s: exactly these, and nothing that widens the extension pages', async (browser) => {
    const manifest = await configuredManifest(browser);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'unlimitedStorage']);
    expect(manifest.host_permissions).toEqual(['https://arxiv.org/*', 'https://export.arxiv.org/*']);
    // Other sites only when the user turns on highlight restore for one of them.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.optional_permissions).toBeUndefined();
    // The MV3 default CSP (no eval, no remote code) applies because none is declared.
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  test('the end-to-end build adds only the local test server, standing in for a toolbar click', async () => {
    const manifest = await configuredManifest('chrome', true);
    const production = await configuredManifest('chrome');
    expect(manifest.permissions).toEqual(production.permissions);
    expect(manifest.host_permissions).toEqual([...(production.host_permissions ?? []), 'http://127.0.0.1/*', 'http://localhost/*']);
  });
});
