/**
 * schema.org metadata from `<script type="application/ld+json">`: the article (or scholarly
 * article) the page is about. Malformed JSON is common in the wild and is skipped, not fatal.
 */
export interface LinkedData {
  type: string | null;
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  image: string | null;
  inLanguage: string | null;
  description: string | null;
  doi: string | null;
}

const ARTICLE_TYPES = /^(?:Article|BlogPosting|NewsArticle|ScholarlyArticle|TechArticle|Report|SocialMediaPosting|WebPage|CreativeWork|Posting|AnalysisNewsArticle|MedicalScholarlyArticle)$/;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value['name'] ?? value['url'] ?? value['@value']);
  return null;
}

function names(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    const name = isObject(item) ? text(item['name']) : text(item);
    if (name) out.push(name);
  }
  return out;
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

/** Every object of the JSON-LD blocks, `@graph`s flattened. */
function nodes(scripts: readonly Element[]): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: Json) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      out.push(value);
      const graph = value['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const script of scripts) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // A broken block says nothing; the page's other metadata still counts.
    }
  }
  return out;
}

export function readLinkedData(scripts: readonly Element[]): LinkedData | null {
  const candidates = nodes(scripts).filter((node) => typesOf(node).some((type) => ARTICLE_TYPES.test(type)));
  if (candidates.length === 0) return null;
  // Prefer a real article over the WebPage that wraps it.
  const node = candidates.find((n) => !typesOf(n).every((t) => t === 'WebPage')) ?? candidates[0]!;
  const identifier = text(node['identifier']) ?? text(node['sameAs']);
  const doi = identifier && /\b10\.\d{4,9}\/\S+/.exec(identifier);
  return {
    type: typesOf(node)[0] ?? null,
    headline: text(node['headline']) ?? text(node['name']),
    authors: names(node['author']),
    datePublished: text(node['datePublished']) ?? text(node['dateCreated']),
    dateModified: text(node['dateModified']),
    publisher: isObject(node['publisher']) ? text(node['publisher']['name']) : text(node['publisher']),
    image: text(node['image']) ?? text(node['thumbnailUrl']),
    inLanguage: text(node['inLanguage']),
    description: text(node['description']) ?? text(node['abstract']),
    doi: doi ? doi[0] : null,
  };
}
