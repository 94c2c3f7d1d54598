import type { DigestLang } from './phrases';

/**
 * A paper's topic, for its section heading and for grouping: the user's first tag, else a readable
 * name for its arXiv primary category (a reader of a blog post knows "NLP", not "cs.CL"), else
 * the site it came from. Null when none is known.
 */

const CATEGORY_NAMES: Record<string, [en: string, zh: string]> = {
  'cs.CL': ['NLP', '自然语言处理'],
  'cs.LG': ['Machine learning', '机器学习'],
  'stat.ML': ['Machine learning', '机器学习'],
  'cs.AI': ['AI', '人工智能'],
  'cs.CV': ['Computer vision', '计算机视觉'],
  'cs.IR': ['Information retrieval', '信息检索'],
  'cs.RO': ['Robotics', '机器人'],
  'cs.NE': ['Neural and evolutionary computing', '神经与演化计算'],
  'cs.CR': ['Security', '安全'],
  'cs.SE': ['Software engineering', '软件工程'],
  'cs.HC': ['Human–computer interaction', '人机交互'],
  'cs.MA': ['Multi-agent systems', '多智能体'],
  'cs.SD': ['Speech and audio', '语音与音频'],
  'eess.AS': ['Speech and audio', '语音与音频'],
  'cs.DC': ['Distributed computing', '分布式计算'],
  'cs.CY': ['Computers and society', '计算机与社会'],
};

export function categoryName(category: string, lang: DigestLang): string {
  const names = CATEGORY_NAMES[category];
  return names ? names[lang === 'zh' ? 1 : 0] : category;
}

export function topicOf(clip: { tags: readonly string[]; primaryCategory: string | null; siteName: string | null }, lang: DigestLang): string | null {
  const tag = clip.tags.find((t) => t.trim() !== '');
  if (tag) return tag.trim();
  if (clip.primaryCategory) return categoryName(clip.primaryCategory, lang);
  return clip.siteName?.trim() || null;
}

/** Distinct values, the most frequent first; ties keep their first appearance. */
export function byFrequency(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}
