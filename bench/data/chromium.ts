import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';

/**
 * Runs a browser-side benchmark module in Debian's headless Chromium: bundles `entry` (an IIFE
 * exposing its exports as `GleanerBench`), serves it on 127.0.0.1 (IndexedDB needs a real
 * origin) and evaluates `call` in the page. Null when there is no Chromium on this machine.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function bundle(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    build: { write: false, minify: false, lib: { entry: path.join(ROOT, entry), formats: ['iife'], name: 'GleanerBench', fileName: 'bench' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((o) => o.output).find((c) => c.type === 'chunk');
  if (!chunk?.code) throw new Error(`Bundling ${entry} gave no code.`);
  return chunk.code;
}

export async function inChromium<A, R>(entry: string, call: (args: A) => Promise<R>, args: A): Promise<R | null> {
  if (!existsSync(CHROMIUM)) return null;
  const code = await bundle(entry);
  const server = createServer((request, response) => {
    if (request.url === '/bench.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      response.end(code);
    } else {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><meta charset="utf-8"><title>bench</title><script src="/bench.js"></script>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    // Playwright's Unboxed<A> does not unify with a bare type parameter; the call is ours.
    return await page.evaluate(call as (arg: unknown) => Promise<R>, args as unknown);
  } finally {
    await browser.close();
    server.close();
  }
}
