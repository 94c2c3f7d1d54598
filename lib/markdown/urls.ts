/**
 * URLs of a page clipped elsewhere: the popup parses the page's HTML with DOMParser, so the
 * document's own baseURI is the popup's. Everything relative is resolved against the page's
 * address (or its `<base href>`), by hand.
 */

/** The base URL of a page: its `<base href>` resolved against its address, else the address. */
export function pageBaseUrl(doc: Document, url: string): string {
  // <base> belongs in <head> (parsers move it there): no need to search the whole page.
  const href = (doc.head ?? doc).querySelector('base[href]')?.getAttribute('href');
  if (href) {
    const resolved = absoluteUrl(href, url);
    if (resolved) return resolved;
  }
  return url;
}

/** `href` resolved against `base`; null when it is not a usable address. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (href === null || href === undefined) return null;
  const trimmed = href.trim();
  if (!trimmed) return null;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return null;
  }
}

/** Whether a string is an absolute http(s) URL. */
export function isWebUrl(text: string): boolean {
  try {
    const parsed = new URL(text);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Attributes lazy-loading scripts keep the real image address in, most specific first. */
const LAZY_SRC = ['data-src', 'data-original', 'data-lazy-src', 'data-actualsrc', 'data-url', 'data-original-src', 'data-hi-res-src'];
/** A `src` that only holds a spacer while the real image waits in a data- attribute. */
const PLACEHOLDER_SRC = /^(?:data:image\/(?:gif|png|svg\+xml)|about:blank)|(?:blank|spacer|pixel|placeholder|loading|lazy)[\w-]*\.(?:gif|png|svg)/i;

/** The address an image really shows: its lazy-loading source when `src` is a placeholder. */
export function imageSource(img: Element): string | null {
  const src = img.getAttribute('src')?.trim() ?? '';
  if (src && !PLACEHOLDER_SRC.test(src)) return src;
  for (const name of LAZY_SRC) {
    const value = img.getAttribute(name)?.trim();
    if (value) return value;
  }
  const srcset = img.getAttribute('srcset') ?? img.getAttribute('data-srcset');
  if (srcset) {
    const first = srcset.split(',')[0]?.trim().split(/\s+/)[0];
    if (first) return first;
  }
  return src && !src.startsWith('data:image/gif') ? src : null;
}
