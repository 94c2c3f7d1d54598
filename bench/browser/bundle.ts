import path from 'node:path';
import { loadEsbuild } from '../esbuild';
import { ROOT } from '../machine';

/**
 * Bundles a module of bench/browser/ (and the lib/ code it imports) into one classic script, to
 * run inside an extension page with Playwright's `page.evaluate(script)`: the DevTools protocol
 * may evaluate code there even though the page's CSP forbids eval to the page itself.
 */
export async function bundleForBrowser(entry: string): Promise<string> {
  const result = await loadEsbuild().build({
    absWorkingDir: ROOT,
    entryPoints: [path.resolve(ROOT, entry)],
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild wrote nothing for ${entry}.`);
  return output.text;
}
