import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { selected, suitesOf, type ChildOptions, type SuiteMessage } from './suite-protocol';

/**
 * One suite file, in a process of its own (started by bench/runner.ts): a fresh heap and JIT for
 * every suite, and a suite that hangs or crashes can be stopped without losing the others.
 * Usage: node --import tsx bench/run-suite.ts <file> <options as JSON>
 */

function send(message: SuiteMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) {
      console.log(JSON.stringify(message));
      resolve();
      return;
    }
    process.send(message, () => resolve());
  });
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}

async function main(): Promise<void> {
  const [file, optionsJson] = process.argv.slice(2);
  if (!file || !optionsJson) throw new Error('Usage: run-suite.ts <suite file> <options JSON>');
  const options = JSON.parse(optionsJson) as ChildOptions;
  const base = path.basename(file).replace(/\.[cm]?tsx?$/, '');
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(path.resolve(file)).href)) as Record<string, unknown>;
  } catch (error) {
    console.error(describe(error));
    await send({ type: 'load-failed', error: `could not load ${path.relative(process.cwd(), path.resolve(file))}: ${error instanceof Error ? error.message : String(error)}` });
    return;
  }
  const suites = suitesOf(module).filter((suite) => selected(options.only, base, suite.name));
  await send({ type: 'suites', suites: suites.map(({ name, title, method }) => ({ name, title, method })) });
  for (const suite of suites) {
    const started = performance.now();
    try {
      const figures = await suite.run({ quick: options.quick, log: (message) => console.log(`[${suite.name}] ${message}`) });
      await send({ type: 'result', name: suite.name, figures, durationMs: performance.now() - started });
    } catch (error) {
      console.error(`[${suite.name}] failed: ${describe(error)}`);
      await send({ type: 'failed', name: suite.name, error: error instanceof Error ? error.message : String(error), durationMs: performance.now() - started });
    }
  }
}

main().then(
  // Suites may leave timers or handles behind (a DOM, a database): the result is sent, so go.
  () => process.exit(0),
  (error: unknown) => {
    console.error(describe(error));
    process.exit(1);
  },
);
