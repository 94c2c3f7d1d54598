import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDigest } from '../lib/digest/build';
import { describeTemplateError } from '../lib/digest/engine';
import { InputError, mergeInputs, readClipFile, type ClipInput } from '../lib/digest/input';
import { DIGEST_LANGS, type DigestLang } from '../lib/digest/phrases';
import { filterClips, periodOf, sortByClipped, type ClipFilter } from '../lib/digest/select';
import { searchClipFiles } from './search-input';
import { isValidTimeZone, parseDate, parseIsoWeek, systemTimeZone } from '../lib/export/iso-week';

/**
 * `npm run digest -- --clips <file.jsonl | file.json | folder> [--week 2026-W47 | --from … --to …]
 * [--template file] [--lang zh|en] [--front-matter]` — the options page's digest, for scripts.
 * Markdown goes to stdout; any problem is one line on stderr and a non-zero exit.
 */

export const USAGE = `Usage: npm run digest -- --clips <file.jsonl | file.json | folder> [options]

  --clips PATH            clips as printed by \`npm run clip -- --format json\` (.json, .jsonl,
                          a folder of them) or a Gleaner backup file; may be repeated
  --week 2026-W47         only clips clipped in this ISO week (Monday to Sunday)
  --from DATE --to DATE   only clips clipped in this range (YYYY-MM-DD, both days included)
  --tag TAG               only clips with this tag
  --search QUERY          only clips the popup's search finds for QUERY (words in any language,
                          "a phrase", tag:, author:, status:, kind:, after:, before:)
  --tz ZONE               time zone that decides the day a clip was clipped (default: this machine's)
  --lang zh|en            language of the built-in template and of the title and intro (default en)
  --template FILE         a Liquid template file (or the name of a template in a backup)
  --title TEXT            the post's title instead of the generated one
  --group                 group papers by topic
  --no-toc                leave out the table of contents
  --include-unsummarized  keep clips with no summary, marked "to summarize" (default: leave out)
  --front-matter          start with YAML front matter (Hugo, Hexo, Jekyll); --draft marks it a draft
  --order date|input      by date clipped, oldest first (default), or as given
  -h, --help              this help`;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
}

class UsageError extends Error {}

async function readClipsPath(target: string): Promise<ClipInput> {
  let info;
  try {
    info = await stat(target);
  } catch {
    throw new InputError(`${target}: no such file or folder. Pass --clips a .json/.jsonl file, a folder of them, or a backup.`);
  }
  if (info.isDirectory()) {
    const names = (await readdir(target)).filter((name) => /\.(json|jsonl|ndjson)$/i.test(name)).sort();
    if (names.length === 0) throw new InputError(`${target}: the folder has no .json or .jsonl files.`);
    return mergeInputs(await Promise.all(names.map((name) => readClipsPath(path.join(target, name)))));
  }
  const text = await readFile(target, 'utf8');
  return readClipFile(text, target, info.mtime.toISOString());
}

function filterFrom(values: { week?: string; from?: string; to?: string; tag?: string; search?: string }): ClipFilter {
  if (values.week !== undefined) {
    if (values.from !== undefined || values.to !== undefined) throw new UsageError('Give either --week or --from/--to, not both.');
    const week = parseIsoWeek(values.week);
    if (!week) throw new UsageError(`--week ${values.week}: write an ISO week such as 2026-W47.`);
    return { kind: 'week', week };
  }
  if (values.from !== undefined || values.to !== undefined) {
    const from = parseDate(values.from ?? values.to!);
    const to = parseDate(values.to ?? values.from!);
    if (!from || !to) throw new UsageError('--from/--to: write dates as YYYY-MM-DD, e.g. --from 2026-11-16 --to 2026-11-22.');
    return { kind: 'range', from, to };
  }
  if (values.tag !== undefined) return { kind: 'tag', tag: values.tag };
  if (values.search !== undefined) return { kind: 'search', query: values.search };
  return { kind: 'all' };
}

async function readTemplate(name: string, input: ClipInput): Promise<{ body: string; label: string }> {
  try {
    return { body: await readFile(name, 'utf8'), label: name };
  } catch {
    const stored = input.templates.find((t) => t.name === name || t.id === name);
    if (stored) return { body: stored.workingBody, label: `template "${stored.name}"` };
    throw new UsageError(`--template ${name}: no such file (nor a template of that name in the backup).`);
  }
}

export async function runDigestCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        clips: { type: 'string', multiple: true },
        week: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        tag: { type: 'string' },
        search: { type: 'string' },
        tz: { type: 'string' },
        lang: { type: 'string' },
        template: { type: 'string' },
        title: { type: 'string' },
        group: { type: 'boolean' },
        'no-toc': { type: 'boolean' },
        'include-unsummarized': { type: 'boolean' },
        'front-matter': { type: 'boolean' },
        draft: { type: 'boolean' },
        order: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (!values.clips?.length) throw new UsageError('Missing --clips: pass a .json/.jsonl file, a folder of them, or a Gleaner backup.');
    const lang = (values.lang ?? 'en') as DigestLang;
    if (!DIGEST_LANGS.includes(lang)) throw new UsageError(`--lang ${values.lang}: choose zh or en.`);
    const timeZone = values.tz ?? systemTimeZone();
    if (!isValidTimeZone(timeZone)) throw new UsageError(`--tz ${timeZone}: not a time zone; use an IANA name such as Asia/Shanghai.`);
    if (values.order !== undefined && values.order !== 'date' && values.order !== 'input') throw new UsageError(`--order ${values.order}: choose date or input.`);
    const filter = filterFrom(values);

    const input = mergeInputs(await Promise.all(values.clips.map(readClipsPath)));
    const template = values.template !== undefined ? await readTemplate(values.template, input) : null;
    const chosen =
      filter.kind === 'search' ? await searchClipFiles(input.clips, input.highlights, filter.query, io.now()) : filterClips(input.clips, filter, timeZone);
    const ordered = values.order === 'input' ? chosen : sortByClipped(chosen);
    const outcome = buildDigest(ordered, input.highlights, {
      lang,
      timeZone,
      now: io.now(),
      period: periodOf(filter),
      title: values.title ?? null,
      groupByTopic: values.group ?? false,
      toc: !values['no-toc'],
      missingSummary: values['include-unsummarized'] ? 'mark' : 'exclude',
      frontMatter: values['front-matter'] ? { draft: values.draft ?? false } : null,
      template: template?.body,
    });
    if (!outcome.ok) {
      io.stderr(`${template?.label ?? 'template'}: ${describeTemplateError(outcome.error)}. Fix the template and run again.\n`);
      return 1;
    }
    if (outcome.digest.count === 0) {
      io.stderr(`No clips to digest: ${input.clips.length} read, none ${filter.kind === 'all' ? 'has a summary' : 'matches the filter and has a summary'}. Widen the filter or add --include-unsummarized.\n`);
      return 1;
    }
    io.stdout(outcome.digest.markdown);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${(error as Error).message}. See --help.\n`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const code = await runDigestCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    now: () => new Date(),
  });
  process.exitCode = code;
}
