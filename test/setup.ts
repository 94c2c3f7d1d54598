// Every test gets a fresh, in-memory IndexedDB: Dexie finds these globals.
import 'fake-indexeddb/auto';
