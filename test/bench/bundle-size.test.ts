// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { entrySizes, pageAssets } from '../../bench/popup/bundle-size';

// A small build laid out as WXT/Vite lays it out: pages with module scripts and preloads,
// shared chunks, a dynamic import, a background worker and a content script.
const FILES: Record<string, string> = {
  'manifest.json': JSON.stringify({ manifest_version: 3, background: { service_worker: 'background.js' }, content_scripts: [] }),
  'popup.html':
    '<!doctype html><html><head><script type="module" crossorigin src="/chunks/popup-a1.js"></script>' +
    '<link rel="modulepreload" crossorigin href="/chunks/shared-b2.js"><link rel="stylesheet" crossorigin href="/assets/popup-c3.css"></head><body></body></html>',
  'options.html': '<!doctype html><html><head><script type="module" src="/chunks/options-d4.js"></script></head></html>',
  'chunks/popup-a1.js': 'import{s as e}from"./shared-b2.js";const t=()=>import(`./search-e5.js`);e(t);',
  'chunks/shared-b2.js': 'export function s(e){return e}',
  'chunks/search-e5.js': 'import{s as e}from"./shared-b2.js";import{x as t}from"./index-f6.js";export const run=()=>e(t);',
  'chunks/index-f6.js': `export const x=${JSON.stringify('term '.repeat(200))};`,
  'chunks/options-d4.js': 'import"./shared-b2.js";console.log(1);',
  'assets/popup-c3.css': 'body{margin:0}',
  'background.js': '(function(){self.addEventListener("install",()=>{})})();',
  'content-scripts/snapshot.js': '(function(){return document.documentElement.outerHTML})();',
};

let dir: string;
const size = (file: string) => Buffer.byteLength(FILES[file]!);
const gz = (file: string) => gzipSync(FILES[file]!, { level: 9 }).length;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'gleaner-build-'));
  for (const [file, body] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), body);
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('entry sizes of a build', () => {
  test('a page’s first frame is its scripts and their static imports; dynamic imports are lazy', async () => {
    const sizes = await entrySizes(dir);
    const popup = sizes.find((entry) => entry.entry === 'popup')!;
    expect(popup.kind).toBe('page');
    expect(popup.firstFrame.files).toEqual(['chunks/popup-a1.js', 'chunks/shared-b2.js']);
    expect(popup.firstFrame.raw).toBe(size('chunks/popup-a1.js') + size('chunks/shared-b2.js'));
    expect(popup.firstFrame.gzip).toBe(gz('chunks/popup-a1.js') + gz('chunks/shared-b2.js'));
    // The lazy chunk's own static import comes with it; the shared chunk is already loaded.
    expect(popup.lazy.files).toEqual(['chunks/index-f6.js', 'chunks/search-e5.js']);
    expect(popup.css.files).toEqual(['assets/popup-c3.css']);
  });

  test('every entrypoint is listed: pages, the background worker and content scripts', async () => {
    const sizes = await entrySizes(dir);
    expect(sizes.map((entry) => [entry.entry, entry.kind])).toEqual([
      ['options', 'page'],
      ['popup', 'page'],
      ['background', 'background'],
      ['content-scripts/snapshot', 'content-script'],
    ]);
    expect(sizes.find((entry) => entry.entry === 'options')!.firstFrame.files).toEqual(['chunks/options-d4.js', 'chunks/shared-b2.js']);
    expect(sizes.find((entry) => entry.entry === 'background')!.firstFrame.raw).toBe(size('background.js'));
  });

  test('page assets are read off the generated HTML', () => {
    expect(pageAssets(FILES['popup.html']!)).toEqual({ scripts: ['chunks/popup-a1.js', 'chunks/shared-b2.js'], styles: ['assets/popup-c3.css'] });
  });
});
