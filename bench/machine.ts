import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a reader needs to judge the figures: the machine, its load, and every version compared. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  /** `chromium --version`, or why it is not known. */
  chromium: string;
  /** The commit measured, with `+` when the work tree had uncommitted changes. */
  commit: string;
  /** 1-minute load average when the run started: above the core count, timings are suspect. */
  loadAverage: number;
  /** Versions of the libraries measured and of the tools that build or drive them. */
  versions: Record<string, string>;
}

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Libraries compared (ours and the baselines') and tools that shape the figures. */
export const MEASURED_PACKAGES = [
  '@mozilla/readability',
  'turndown',
  'turndown-plugin-gfm',
  '@joplin/turndown-plugin-gfm',
  'defuddle',
  'happy-dom',
  'dexie',
  'fake-indexeddb',
  'preact',
  'liquidjs',
  'marked',
  'dompurify',
  'approx-string-match',
  'wxt',
  'vite',
  'playwright-core',
] as const;

/** The installed version of `name`, read from its package.json; null when it is not installed. */
export function installedVersion(name: string, root = ROOT): string | null {
  try {
    const file = createRequire(path.join(root, 'package.json')).resolve(`${name}/package.json`);
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? null;
  } catch {
    // Packages whose "exports" hide package.json: look in node_modules directly.
    try {
      const file = path.join(root, 'node_modules', name, 'package.json');
      return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? null;
    } catch {
      return null;
    }
  }
}

function run(command: string, args: string[]): string | null {
  try {
    return execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function osName(): string {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(release)?.[1];
    if (pretty) return `${pretty} (${os.type()} ${os.release()} ${os.arch()})`;
  } catch {
    // not Linux, or no os-release
  }
  return `${os.type()} ${os.release()} ${os.arch()}`;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const commit = run('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = run('git', ['status', '--porcelain', '--untracked-files=no']);
  const versions: Record<string, string> = {};
  for (const name of MEASURED_PACKAGES) {
    const version = installedVersion(name);
    if (version) versions[name] = version;
  }
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    node: process.version,
    chromium: run(chromiumPath, ['--version']) ?? `not found at ${chromiumPath}`,
    commit: commit ? `${commit}${dirty ? '+' : ''}` : 'unknown',
    loadAverage: Math.round(os.loadavg()[0]! * 100) / 100,
    versions,
  };
}
