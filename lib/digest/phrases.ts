import { formatIsoWeek, type IsoWeek } from '../export/iso-week';

/**
 * The sentences a digest writes itself — its title, its intro, "et al." — in the two languages of
 * the built-in templates. Kept apart from the templates so that a user's own template gets them
 * as variables (`title`, `intro`, `clip.authorsText`) in the language chosen for the digest.
 */

export type DigestLang = 'en' | 'zh';
export const DIGEST_LANGS: readonly DigestLang[] = ['en', 'zh'];

export type DigestPeriod = { kind: 'week'; week: IsoWeek } | { kind: 'range'; from: string; to: string } | { kind: 'other' };

/** Authors shown before "et al." */
export const AUTHORS_SHOWN = 3;

export function etAl(authors: readonly string[], lang: DigestLang, shown = AUTHORS_SHOWN): string {
  if (authors.length <= shown) return andList(authors, lang);
  const head = authors.slice(0, shown);
  return lang === 'zh' ? `${head.join('、')} 等` : `${head.join(', ')} et al.`;
}

/** `a, b and c` / `a、b和c`. */
export function andList(items: readonly string[], lang: DigestLang): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1);
  const last = items[items.length - 1];
  return lang === 'zh' ? `${head.join('、')}和${last}` : `${head.join(', ')} and ${last}`;
}

export function digestTitle(count: number, period: DigestPeriod, lang: DigestLang): string {
  if (lang === 'zh') {
    if (period.kind === 'week') return `本周最值得关注的 ${count} 篇论文（${period.week.year} 年第 ${period.week.week} 周）`;
    if (period.kind === 'range') return `${period.from} 至 ${period.to} 最值得关注的 ${count} 篇论文`;
    return `最值得关注的 ${count} 篇论文`;
  }
  const papers = `${count} ${count === 1 ? 'paper' : 'papers'} worth reading`;
  if (period.kind === 'week') return `Paper digest ${formatIsoWeek(period.week)}: ${papers}`;
  if (period.kind === 'range') return `Paper digest ${period.from} – ${period.to}: ${papers}`;
  return papers.charAt(0).toUpperCase() + papers.slice(1);
}

/** One sentence naming the digest's topics (the most frequent first; "and more" past `shown`). */
export function digestIntro(count: number, topics: readonly string[], period: DigestPeriod, lang: DigestLang, shown = 4): string {
  const named = topics.slice(0, shown);
  const more = topics.length > shown;
  if (lang === 'zh') {
    const scope = period.kind === 'week' ? '本周精选' : period.kind === 'range' ? `${period.from} 至 ${period.to} 期间精选` : '精选';
    if (named.length === 0) return `${scope} ${count} 篇论文。`;
    return `${scope} ${count} 篇论文，主题涵盖：${more ? `${named.join('、')}等` : andList(named, 'zh')}。`;
  }
  const papers = `${count} ${count === 1 ? 'paper' : 'papers'}`;
  const scope = period.kind === 'week' ? `This week's ${papers}` : period.kind === 'range' ? `The ${papers} of ${period.from} – ${period.to}` : `These ${papers}`;
  if (named.length === 0) return `${scope}, one by one.`;
  const verb = count === 1 ? 'covers' : 'cover';
  return `${scope} ${verb} ${more ? `${named.join(', ')} and more` : andList(named, 'en')}.`;
}

export function digestCategory(period: DigestPeriod, lang: DigestLang): string {
  if (lang === 'zh') return period.kind === 'week' ? '论文周报' : '论文精选';
  return 'Paper digest';
}

export function otherTopic(lang: DigestLang): string {
  return lang === 'zh' ? '其他' : 'Other';
}

export function toSummarizeLabel(lang: DigestLang): string {
  return lang === 'zh' ? '待总结' : 'To summarize';
}
