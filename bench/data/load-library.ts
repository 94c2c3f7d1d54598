import type { GleanerDB } from '../../lib/store/db';
import type { GeneratedClip } from './generate-clips';

/**
 * Writes generated clips into a Gleaner database the way the store lays them out (row, content,
 * highlights), in batches, leaving the search index to a timed rebuildSearchIndex. Runs in Node
 * and in the browser.
 */
export interface LoadOptions {
  batch?: number;
}

export interface LoadReport {
  clips: number;
  highlights: number;
  contentBytes: number;
}

export async function loadLibrary(db: GleanerDB, clips: Iterable<GeneratedClip>, options: LoadOptions = {}): Promise<LoadReport> {
  const report: LoadReport = { clips: 0, highlights: 0, contentBytes: 0 };
  const size = options.batch ?? 250;
  let batch: GeneratedClip[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    await db.transaction('rw', [db.clips, db.contents, db.highlights], async () => {
      const rows = items.map(({ clip: { content: _content, ...row } }) => row);
      await db.clips.bulkPut(rows);
      await db.contents.bulkPut(items.map(({ clip }) => ({ clipId: clip.id, markdown: clip.content })));
      await db.highlights.bulkPut(items.flatMap((item) => item.highlights));
    });
    for (const item of items) {
      report.clips += 1;
      report.highlights += item.highlights.length;
      report.contentBytes += item.clip.content.length;
    }
  };
  for (const item of clips) {
    batch.push(item);
    if (batch.length >= size) await flush();
  }
  await flush();
  return report;
}
