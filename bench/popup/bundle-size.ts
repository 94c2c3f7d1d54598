import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadEsbuild } from '../esbuild';

/**
 * What each entrypoint of a built extension loads: the JavaScript of its first frame (the entry
 * and everything it imports statically or preloads) and what it loads later (dynamic imports).
 */

export interface Files {
  /** Paths relative to the build folder. */
  files: string[];
  raw: number;
  /** Each file gzipped alone (level 9), summed: what a store or a CDN would send. */
  gzip: number;
}

export interface EntrySize {
  /** `popup`, `options`, `background`, `content-scripts/snapshot`, … */
  entry: string;
  kind: 'page' | 'background' | 'content-script';
  firstFrame: Files;
  lazy: Files;
  css: Files;
}

interface Manifest {
  background?: { service_worker?: string };
  content_scripts?: { js?: string[] }[];
}

/** The build's import graph: for each JS file, what it imports statically and dynamically. */
async function importGraph(dir: string, entries: string[]): Promise<Map<string, { static: string[]; dynamic: string[] }>> {
  const esbuild = loadEsbuild();
  const result = await esbuild.build({
    absWorkingDir: dir,
    entryPoints: entries,
    bundle: true,
    write: false,
    metafile: true,
    splitting: true,
    format: 'esm',
    outdir: path.join(dir, '.bench-graph'),
    logLevel: 'silent',
  });
  const graph = new Map<string, { static: string[]; dynamic: string[] }>();
  for (const [input, info] of Object.entries(result.metafile.inputs)) {
    const file = path.relative(dir, path.resolve(dir, input));
    const edges = { static: [] as string[], dynamic: [] as string[] };
    for (const imported of info.imports) {
      if (imported.external) continue;
      const target = path.relative(dir, path.resolve(dir, imported.path));
      if (imported.kind === 'dynamic-import') edges.dynamic.push(target);
      else if (imported.kind === 'import-statement') edges.static.push(target);
    }
    graph.set(file, edges);
  }
  return graph;
}

/** `files` and everything they import statically, transitively. */
function staticClosure(graph: Map<string, { static: string[]; dynamic: string[] }>, files: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const stack = [...files];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(graph.get(file)?.static ?? []));
  }
  return seen;
}

/** Everything reachable through a dynamic import, not already in the first frame. */
function lazyClosure(graph: Map<string, { static: string[]; dynamic: string[] }>, first: Set<string>): Set<string> {
  const lazy = new Set<string>();
  let frontier = [...first];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const file of frontier) {
      for (const target of graph.get(file)?.dynamic ?? []) {
        for (const reached of staticClosure(graph, [target])) {
          if (first.has(reached) || lazy.has(reached)) continue;
          lazy.add(reached);
          next.push(reached);
        }
      }
    }
    frontier = next;
  }
  return lazy;
}

async function measure(dir: string, files: Iterable<string>): Promise<Files> {
  const list = [...files].sort();
  let raw = 0;
  let gzip = 0;
  for (const file of list) {
    const body = await readFile(path.join(dir, file));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: list, raw, gzip };
}

/** The scripts and styles an HTML page of the build loads (Vite's output: one tag a line or so). */
export function pageAssets(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  const clean = (url: string) => url.replace(/^\.?\//, '');
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) scripts.push(clean(match[1]!));
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (!href) continue;
    if (/\brel="modulepreload"/.test(tag)) scripts.push(clean(href));
    else if (/\brel="stylesheet"/.test(tag)) styles.push(clean(href));
  }
  return { scripts, styles };
}

/** Sizes of every entrypoint of the build in `dir` (e.g. `.output/chrome-mv3`). */
export async function entrySizes(dir: string): Promise<EntrySize[]> {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const entries: { entry: string; kind: EntrySize['kind']; scripts: string[]; styles: string[] }[] = [];
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.html')).sort()) {
    const assets = pageAssets(await readFile(path.join(dir, name), 'utf8'));
    entries.push({ entry: name.replace(/\.html$/, ''), kind: 'page', ...assets });
  }
  const worker = manifest.background?.service_worker;
  if (worker) entries.push({ entry: 'background', kind: 'background', scripts: [worker], styles: [] });
  // Content scripts: those the manifest declares and those injected on demand (scripting API).
  const contentScripts = new Set(manifest.content_scripts?.flatMap((script) => script.js ?? []) ?? []);
  const onDemand = await readdir(path.join(dir, 'content-scripts')).catch(() => [] as string[]);
  for (const file of onDemand) if (file.endsWith('.js')) contentScripts.add(`content-scripts/${file}`);
  for (const file of [...contentScripts].sort()) {
    entries.push({ entry: file.replace(/\.js$/, ''), kind: 'content-script', scripts: [file], styles: [] });
  }

  const graph = await importGraph(dir, [...new Set(entries.flatMap((entry) => entry.scripts))]);
  const sizes: EntrySize[] = [];
  for (const entry of entries) {
    const first = staticClosure(graph, entry.scripts);
    sizes.push({
      entry: entry.entry,
      kind: entry.kind,
      firstFrame: await measure(dir, first),
      lazy: await measure(dir, lazyClosure(graph, first)),
      css: await measure(dir, entry.styles),
    });
  }
  return sizes;
}
