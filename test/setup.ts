// Every test gets a fresh, in-memory IndexedDB: Dexie finds these globals.
import 'fake-indexeddb/auto';
import fc from 'fast-check';

// Property tests replay the same cases on every run, so a CI run cannot fail on a case no one has
// seen. To explore new ones locally: FC_SEED=random npm run test:unit (a failure prints its seed;
// FC_SEED=<that seed> replays it), then keep what it finds as a plain test.
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20261122 });
