import { arxivRefFromUrl } from './arxiv-id';

/**
 * One paper, one clip: every URL of the same arXiv paper (abs, pdf, html, any version, ar5iv)
 * maps to `arxiv:<id>`; a DOI to `doi:<doi>`; anything else to its normalized URL.
 */

/** Query parameters that only track where a visit came from. */
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|spm|share_token|from|scene|srcid|sharer_\w+)$/i;

export function normalizeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.trim();
  }
  parsed.hash = '';
  parsed.hostname = parsed.hostname.replace(/^www\./, '');
  const kept = [...parsed.searchParams.entries()].filter(([name]) => !TRACKING_PARAM.test(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = new URLSearchParams(kept).toString();
  if (parsed.pathname !== '/') parsed.pathname = parsed.pathname.replace(/\/+$/, '');
  return parsed.toString().replace(/^http:\/\//, 'https://');
}

export function arxivKey(id: string): string {
  return `arxiv:${id}`;
}

export function doiKey(doi: string): string {
  return `doi:${doi.trim().toLowerCase()}`;
}

/** The key a URL alone gives, before the page is read (a DOI found later may refine it). */
export function canonicalKeyFromUrl(url: string): string {
  const ref = arxivRefFromUrl(url);
  if (ref) return arxivKey(ref.id);
  return `url:${normalizeUrl(url)}`;
}

export function canonicalKey(input: { url: string; arxivId: string | null; doi: string | null }): string {
  if (input.arxivId) return arxivKey(input.arxivId);
  const fromUrl = canonicalKeyFromUrl(input.url);
  if (fromUrl.startsWith('arxiv:')) return fromUrl;
  if (input.doi) {
    // arXiv's own DataCite DOIs name the preprint itself.
    const arxivDoi = /^10\.48550\/arxiv\.(.+)$/i.exec(input.doi.trim());
    if (arxivDoi) return arxivKey(arxivDoi[1]!);
    return doiKey(input.doi);
  }
  return fromUrl;
}
