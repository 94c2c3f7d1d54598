import type { GleanerDB } from '../../lib/store/db';
import { clipTerms } from '../../lib/search/terms';
import type { GeneratedClip } from './generate-clips';

/**
 * Writes generated clips into a Gleaner database the way the store lays them out (row, content,
 * highlights; search terms only when asked), in batches. Runs in Node and in the browser.
 */
export interface LoadOptions {
  /** Also write search terms (default true). False leaves the index for a timed rebuild. */
  index?: boolean;
  batch?: number;
}

export interface LoadReport {
  clips: number;
  highlights: number;
  contentBytes: number;
  terms: number;
}

export async function loadLibrary(db: GleanerDB, clips: Iterable<GeneratedClip>, options: LoadOptions = {}): Promise<LoadReport> {
  const report: LoadReport = { clips: 0, highlights: 0, contentBytes: 0, terms: 0 };
  const size = options.batch ?? 250;
  let batch: GeneratedClip[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    await db.transaction('rw', [db.clips, db.contents, db.highlights, db.searchIndex], async () => {
      const rows = items.map(({ clip: { content: _content, ...row } }) => row);
      await db.clips.bulkPut(rows);
      await db.contents.bulkPut(items.map(({ clip }) => ({ clipId: clip.id, markdown: clip.content })));
      await db.highlights.bulkPut(items.flatMap((item) => item.highlights));
      if (options.index ?? true) {
        const index = items.map((item, i) => ({ clipId: item.clip.id, terms: clipTerms(rows[i]!, item.highlights) }));
        report.terms += index.reduce((n, row) => n + row.terms.length, 0);
        await db.searchIndex.bulkPut(index);
      }
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
