/**
 * `npm run clip -- <saved-page.html> [--url <original-url>] [--format md|json]`
 *
 * Clips a saved page with the extension's own code (lib/extract) under happy-dom, with scripts
 * and resource loading off: `md` prints the Markdown note a user would export, `json` the whole
 * clip. Exits non-zero with a one-line reason when the file is not HTML, the URL is not a URL,
 * or nothing could be extracted.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { clipDocument } from '../lib/extract';
import { clipToMarkdownNote } from '../lib/markdown/note';
import { isWebUrl } from '../lib/markdown/urls';

const USAGE = 'usage: npm run clip -- <saved-page.html> [--url <original-url>] [--format md|json]';

class CliError extends Error {
  constructor(message: string, readonly code = 1) {
    super(message);
  }
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 65536);
  if (head.includes('\u0000')) return false;
  return /<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|main|section|span)\b/i.test(head);
}

/** The address a saved page names for itself, when the user gives none. */
function urlFromPage(html: string): string | null {
  const canonical = /<link\b[^>]*rel=["']?canonical["']?[^>]*>/i.exec(html)?.[0];
  const og = /<meta\b[^>]*property=["']og:url["'][^>]*>/i.exec(html)?.[0];
  for (const tag of [canonical, og]) {
    const value = tag && /(?:href|content)=["']([^"']+)["']/i.exec(tag)?.[1];
    if (value && isWebUrl(value)) return value;
  }
  return null;
}

async function main(argv: string[]): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { url: { type: 'string' }, format: { type: 'string', default: 'md' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) return USAGE;
  if (positionals.length !== 1) throw new CliError(USAGE, 2);
  const format = values.format;
  if (format !== 'md' && format !== 'json') throw new CliError(`--format must be md or json, not ${JSON.stringify(format)}.`, 2);
  const file = positionals[0]!;
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  if (!looksLikeHtml(html)) throw new CliError(`${file} is not an HTML page.`);
  if (values.url !== undefined && !isWebUrl(values.url)) throw new CliError(`--url ${JSON.stringify(values.url)} is not a URL (give the page's http(s) address).`, 2);
  const url = values.url ?? urlFromPage(html);
  if (!url) throw new CliError(`${file} does not say where it came from: pass --url <original-url>.`, 2);

  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const clip = clipDocument(doc, url);
    if (!clip.content.trim() && !clip.abstract) {
      throw new CliError(`No content could be extracted from ${file}: ${clip.warnings[0] ?? 'the page has no readable text.'}`);
    }
    for (const warning of clip.warnings) process.stderr.write(`warning: ${warning}\n`);
    return format === 'json' ? JSON.stringify(clip, null, 2) : clipToMarkdownNote(clip);
  } finally {
    await window.happyDOM.close();
  }
}

main(process.argv.slice(2)).then(
  (output) => {
    process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`clip: ${message.split('\n')[0]}\n`);
    process.exitCode = error instanceof CliError ? error.code : 1;
  },
);
