import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PAGES_DIR = path.join(ROOT, 'test', 'fixtures', 'pages');
/** Screenshots and other artefacts a person may want to look at after a run. */
export const RESULTS_DIR = path.join(ROOT, 'test-results');
