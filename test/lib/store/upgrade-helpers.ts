import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { GleanerDB } from '@/lib/store/db';

/** A database as an earlier schema version wrote it (test/fixtures/db/v<n>.json). */
export interface DbFixture {
  version: number;
  /** That version's `stores()` declaration, frozen with the rows. */
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/db');

/**
 * Typed arrays (the search snapshot's) in a fixture: `{ "$typed": "Uint8Array", "values": […] }`,
 * since JSON has no such type and IndexedDB stores them as they are.
 */
const TYPED = { Uint8Array, Uint32Array, Float64Array } as const;
type TypedName = keyof typeof TYPED;

export function fixtureReplacer(_key: string, value: unknown): unknown {
  if (ArrayBuffer.isView(value) && value.constructor.name in TYPED) {
    return { $typed: value.constructor.name, values: Array.from(value as unknown as ArrayLike<number>) };
  }
  return value;
}

function fixtureReviver(_key: string, value: unknown): unknown {
  const typed = value as { $typed?: TypedName; values?: number[] } | null;
  if (typed && typeof typed === 'object' && typed.$typed && typed.$typed in TYPED) return TYPED[typed.$typed].from(typed.values ?? []);
  return value;
}

export function loadFixtures(): DbFixture[] {
  return readdirSync(FIXTURES)
    .filter((name) => /^v\d+\.json$/.test(name))
    .map((name) => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'), fixtureReviver) as DbFixture)
    .sort((a, b) => a.version - b.version);
}

let counter = 0;

/**
 * Writes the fixture's rows into a new database declared exactly as that version declared it (not
 * with today's code), closes it, and returns its name: what a user's profile holds before the
 * new Gleaner opens it.
 */
export async function writeOldDatabase(fixture: DbFixture): Promise<string> {
  counter += 1;
  const name = `upgrade-v${fixture.version}-${counter}`;
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  return name;
}

/** Opens a database written by an earlier version with today's GleanerDB (running its upgrades). */
export async function openWithCurrent(name: string): Promise<GleanerDB> {
  const db = new GleanerDB(name);
  await db.open();
  return db;
}

/** Every row of every table, ordered by primary key. */
export async function dumpTables(db: Dexie): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return dump;
}
