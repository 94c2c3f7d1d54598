import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { machineInfo, ROOT } from './machine';
import { writeReport, type BenchReport } from './report';
import { discoverSuites, runSuites } from './runner';

/**
 * `npm run bench [-- --quick] [-- --only <suite>[,<suite>…]] [-- --budget <seconds>]`
 * Runs every suite in bench/suites/ and writes BENCHMARKS.md and bench/results.json (or, for
 * quick and partial runs, the same files under bench/out/).
 */

const USAGE = `Usage: npm run bench -- [--quick] [--only <suite>[,<suite>...]] [--budget <seconds>]
  --quick    fewer runs and smaller data, for development (about 1–2 minutes)
  --only     run only these suites (a file name in bench/suites/ without .ts, or a suite's name)
  --budget   total time for all suites (default 570 s, quick 150 s); a suite still running
             when its share is used up is stopped and reported as failed
A full run writes BENCHMARKS.md and bench/results.json; --quick and --only runs write the same
two files to bench/out/ instead, so that the committed report only ever holds full runs.`;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
    budget: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const quick = values.quick ?? false;
const only = (values.only ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
// 10 minutes in all: builds and the report take the last half minute.
const budgetSeconds = values.budget ? Number(values.budget) : quick ? 150 : 570;
if (!Number.isFinite(budgetSeconds) || budgetSeconds <= 0) {
  console.error(`--budget wants a number of seconds, not "${values.budget}".\n${USAGE}`);
  process.exit(2);
}

const started = performance.now();
const machine = machineInfo();
let files = await discoverSuites(path.join(ROOT, 'bench', 'suites'));
// Pick files by name when --only names them; a suite named otherwise is found by loading all.
const byFile = files.filter((file) => only.includes(path.basename(file).replace(/\.tsx?$/, '')));
if (only.length > 0 && byFile.length === only.length) files = byFile;

console.log(`Gleaner bench${quick ? ' (quick)' : ''}: ${files.length} suite files, budget ${budgetSeconds} s, load ${machine.loadAverage}`);
const suites = await runSuites(files, { root: ROOT, quick, only, budgetSeconds, log: (message) => console.log(message) });
if (only.length > 0 && suites.length === 0) {
  console.error(`No suite matches --only ${only.join(',')}.`);
  process.exit(2);
}

const report: BenchReport = {
  generatedAt: new Date().toISOString(),
  quick,
  only,
  budgetSeconds,
  totalMs: performance.now() - started,
  machine,
  suites,
};
// Only a full run of every suite may replace the committed report; quick and partial runs,
// made while developing, go to bench/out/ (ignored by git).
const partial = quick || only.length > 0;
const markdown = partial ? path.join(ROOT, 'bench', 'out', 'BENCHMARKS.md') : path.join(ROOT, 'BENCHMARKS.md');
const json = partial ? path.join(ROOT, 'bench', 'out', 'results.json') : path.join(ROOT, 'bench', 'results.json');
await writeReport(report, { markdown, json });
console.log(`Wrote ${path.relative(ROOT, markdown)} and ${path.relative(ROOT, json)} in ${(report.totalMs / 1000).toFixed(1)} s.`);
// A failed suite is in the report; the exit code says so too, for scripts.
process.exit(suites.some((suite) => suite.status !== 'ok') ? 1 : 0);
