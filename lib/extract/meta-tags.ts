/**
 * The `<meta>` tags of a page, indexed once: `name`, `property` and `itemprop` keys, lower-cased
 * (Highwire `citation_*`, Dublin Core `DC.*`/`dcterms.*`, Open Graph, Twitter, `article:*`).
 */
export interface MetaTags {
  /** The first non-empty value of the first key that has one. */
  first(...keys: string[]): string | null;
  /** Every non-empty value of a key, in page order. */
  all(key: string): string[];
}

export function readMetaTags(source: Document | readonly Element[]): MetaTags {
  const index = new Map<string, string[]>();
  const metas = Array.isArray(source) ? source : Array.from((source as Document).getElementsByTagName('meta'));
  for (const meta of metas) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    const value = content.replace(/\s+/g, ' ').trim();
    if (!value) continue;
    for (const attribute of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (!key) continue;
      const list = index.get(key);
      if (list) list.push(value);
      else index.set(key, [value]);
    }
  }
  return {
    first(...keys) {
      for (const key of keys) {
        const value = index.get(key.toLowerCase())?.[0];
        if (value) return value;
      }
      return null;
    },
    all(key) {
      return index.get(key.toLowerCase()) ?? [];
    },
  };
}
