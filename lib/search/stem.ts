/**
 * Light English stemming, for queries only. The index keeps words as written (folded) and a query
 * word matches every indexed word that starts with its stem: "distilled" → `distill` finds
 * "distillation" and "distilling"; "models" → `model` finds "modeling". Cutting only the query
 * keeps the index exact and makes prefix search ("transf…" while typing) the same mechanism.
 */
interface Rule {
  suffix: string;
  /** The least the stem keeps: "string" is not "str" + "ing". */
  keep: number;
  /** When set, the rule applies only to words this matches. */
  only?: RegExp;
}

const RULES: readonly Rule[] = [
  { suffix: 'ations', keep: 4 },
  { suffix: 'ation', keep: 4 },
  { suffix: 'ies', keep: 4 },
  { suffix: 'ing', keep: 4 },
  { suffix: 'ed', keep: 4 },
  { suffix: 'es', keep: 4, only: /(?:[sxz]|[cs]h)es$/ },
  { suffix: 's', keep: 3, only: /[^sui]s$/ },
];

/** The shortest stem matched by prefix; shorter query words must match whole words. */
export const MIN_PREFIX = 3;

export function stem(word: string): string {
  if (/\d/.test(word)) return word;
  for (const rule of RULES) {
    if (!word.endsWith(rule.suffix) || (rule.only && !rule.only.test(word))) continue;
    const cut = word.slice(0, -rule.suffix.length);
    if (cut.length >= rule.keep) return cut;
  }
  return word;
}
