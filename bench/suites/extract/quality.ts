import type { PageClip } from '../../../lib/clip/model';
import { checkFacts, countFormulas, type Facts } from '../../../test/lib/extract/corpus';

/** What a clip kept, counted in its Markdown, and how many corpus facts it gets right. */
export interface Quality {
  factsRight: number;
  factsTotal: number;
  missed: string[];
  formulas: number;
  headings: number;
  tables: number;
  images: number;
  codeBlocks: number;
}

export function measureQuality(clip: PageClip, facts: Facts): Quality {
  const keys = Object.keys(facts) as (keyof Facts)[];
  const missed = keys.filter((key) => checkFacts(clip, { [key]: facts[key] } as Facts).length > 0);
  const markdown = clip.content;
  return {
    factsRight: keys.length - missed.length,
    factsTotal: keys.length,
    missed,
    formulas: countFormulas(markdown),
    headings: (markdown.match(/^#{1,6} \S/gm) ?? []).length,
    tables: (markdown.match(/^\|(?: *:?-{3,}:? *\|)+ *$/gm) ?? []).length,
    images: (markdown.match(/!\[[^\]]*\]\(/g) ?? []).length,
    codeBlocks: Math.floor((markdown.match(/^(?:```|~~~)/gm) ?? []).length / 2),
  };
}
