import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchGleaner, type Gleaner } from './harness';
import { EXTENSION_DIR } from './paths';
import { HTML_PAYLOADS, MARKDOWN_PAYLOADS } from './xss/payloads';
import { bundleSafeHtml, runLab } from './xss/lab';

/**
 * Sanitizing in real Chromium (DOMPurify is unsound on happy-dom). The same corpus runs three
 * ways: unsanitized in a page without CSP (the control: it proves the canary catches what runs),
 * sanitized in that page (nothing may run, nothing dangerous may survive), and sanitized inside a
 * real extension page (not even a blocked attempt may show up as a CSP violation).
 */

let gleaner: Gleaner;
let bundle: string;
const dialogs: string[] = [];

beforeAll(async () => {
  [gleaner, bundle] = await Promise.all([launchGleaner(), bundleSafeHtml()]);
  gleaner.server.override('/xss-lab.html', '<!doctype html><html><head><title>lab</title></head><body></body></html>');
});
afterAll(async () => {
  await gleaner?.close();
});

/** A page on the test server, with no CSP: whatever the markup can run, runs. */
async function openLab(): Promise<Page> {
  const page = await gleaner.context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(gleaner.server.url('/xss-lab.html'));
  await page.evaluate(bundle);
  return page;
}

describe('the XSS corpus', () => {
  test('control: unsanitized, the payloads do run in the lab (so the canary works)', async () => {
    const lab = await openLab();
    const report = await runLab(lab, [...HTML_PAYLOADS, { id: 'md', html: '' }], 'raw');
    // Handlers, frames and the mutation-XSS classics do fire when nothing sanitizes them. (Script
    // URLs on links are checked by what survives: synthetic clicks on several of them cancel
    // each other's navigation.)
    const fired = ['img-onerror', 'img-onerror-unquoted', 'details', 'autofocus', 'iframe-srcdoc', 'svg-foreign', 'mxss-math-style', 'mxss-svg-style', 'mxss-noscript'];
    for (const id of fired) {
      expect(report.hits, id).toContain(id);
    }
    expect(report.survivors.length).toBeGreaterThan(HTML_PAYLOADS.length);
    await lab.close();
  });

  test('sanitized HTML: nothing runs, no dangerous element, attribute or URL survives, nothing is clobbered', async () => {
    const lab = await openLab();
    const report = await runLab(lab, HTML_PAYLOADS, 'html');
    expect(report.hits).toEqual([]);
    expect(report.survivors).toEqual([]);
    expect(dialogs).toEqual([]);
    // Harmless content around the payloads is kept.
    expect(report.outputs.template).toContain('<div>after</div>');
    expect(report.outputs['js-href']).toContain('link');
    await lab.close();
  });

  test('Markdown through markdownToSafeHtml: nothing runs, no script URL survives', async () => {
    const lab = await openLab();
    const report = await runLab(lab, MARKDOWN_PAYLOADS, 'markdown');
    expect(report.hits).toEqual([]);
    expect(report.survivors).toEqual([]);
    expect(report.outputs['md-raw-html']).toContain('Text');
    expect(dialogs).toEqual([]);
    await lab.close();
  });

  test('inside a real extension page, sanitized output triggers no CSP violation (nothing even tried to run)', async () => {
    const page = await gleaner.openExtensionPage('options.html');
    await page.evaluate(bundle);
    const control = await runLab(page, HTML_PAYLOADS.filter((p) => p.id === 'img-onerror'), 'raw');
    expect(control.hits).toEqual([]); // the extension's CSP stops inline handlers…
    expect(control.violations.length).toBeGreaterThan(0); // …and reports it: the listener works
    for (const mode of ['html', 'markdown'] as const) {
      const report = await runLab(page, mode === 'html' ? HTML_PAYLOADS : MARKDOWN_PAYLOADS, mode);
      expect(report.violations).toEqual([]);
      expect(report.hits).toEqual([]);
    }
    await page.close();
  });
});

describe('the extension\u2019s content security policy', () => {
  test('the built manifest keeps the MV3 default (or stricter)', async () => {
    const manifest = JSON.parse(await readFile(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      manifest_version: number;
      content_security_policy?: { extension_pages?: string; sandbox?: string };
      sandbox?: unknown;
    };
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.sandbox).toBeUndefined();
    const policy = manifest.content_security_policy?.extension_pages;
    if (policy !== undefined) {
      const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1]?.trim().split(/\s+/) ?? [];
      expect(scriptSrc.every((source) => source === "'self'" || source === "'wasm-unsafe-eval'" || source === "'none'")).toBe(true);
      expect(policy).toMatch(/object-src '(self|none)'/);
    }
  });

  test('extension pages refuse eval, new Function and inline scripts', async () => {
    const page = await gleaner.openExtensionPage('options.html');
    const outcome = await page.evaluate(async () => {
      const tryIt = (run: () => unknown) => {
        try {
          run();
          return 'ran';
        } catch (error) {
          return (error as Error).name;
        }
      };
      const w = window as unknown as { inlineRan?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { eval: tryIt(() => (0, eval)('1')), fn: tryIt(() => new Function('return 1')()), inline: w.inlineRan === true };
    });
    expect(outcome).toEqual({ eval: 'EvalError', fn: 'EvalError', inline: false });
    await page.close();
  });
});
