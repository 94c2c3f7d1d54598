import { useEffect, useState } from 'preact/hooks';
import type { DigestClip, DigestHighlight } from '@/lib/digest/context';
import { listTemplates, loadClips, loadHighlights, withContents } from '@/lib/digest/load';
import { templateUsesContent } from '@/lib/digest/build';
import type { ClipFilter } from '@/lib/digest/select';
import type { GleanerDB, TemplateRow } from '@/lib/store/db';

export interface DigestData {
  clips: DigestClip[];
  highlights: DigestHighlight[];
  tags: string[];
  templates: TemplateRow[];
  loading: boolean;
  error: string | null;
}

/** The clips a filter chooses, their highlights, and their contents when the chosen template prints them. */
export function useDigestData(db: GleanerDB, filter: ClipFilter, timeZone: string, templateId: string): DigestData {
  const [data, setData] = useState<DigestData>({ clips: [], highlights: [], tags: [], templates: [], loading: true, error: null });
  const filterKey = JSON.stringify(filter);
  useEffect(() => {
    let current = true;
    (async () => {
      const [rows, tags, templates] = await Promise.all([loadClips(db, filter, timeZone), db.clips.orderBy('tags').uniqueKeys(), listTemplates(db)]);
      const template = templates.find((tpl) => tpl.id === templateId);
      const clips = template && templateUsesContent(template.workingBody) ? await withContents(db, rows) : rows;
      const highlights = await loadHighlights(db, clips.map((clip) => clip.id));
      if (current) setData({ clips, highlights, tags: tags.map(String), templates, loading: false, error: null });
    })().catch((error: unknown) => {
      if (current) setData((old) => ({ ...old, loading: false, error: error instanceof Error ? error.message : String(error) }));
    });
    return () => {
      current = false;
    };
    // filterKey stands for filter: a new object with the same content must not reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, filterKey, timeZone, templateId]);
  return data;
}
