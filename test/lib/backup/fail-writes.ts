import type { DBCoreMutateRequest } from 'dexie';
import type { GleanerDB } from '@/lib/store/db';

/**
 * Makes every write to one table fail as a full disk does, below Dexie (a DBCore middleware), so
 * the code under test sees what it would see in a browser. Call before the database is opened;
 * set `full` to false to let writes through again.
 */
export function failWritesTo(db: GleanerDB, table: string, error: () => Error = quotaError): { full: boolean } {
  const disk = { full: true };
  db.use({
    stack: 'dbcore',
    name: 'fail-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        if (name !== table) return inner;
        return { ...inner, mutate: (req: DBCoreMutateRequest) => (disk.full && req.type !== 'delete' ? Promise.reject(error()) : inner.mutate(req)) };
      },
    }),
  });
  return disk;
}

export function quotaError(): Error {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}
