import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * The one way Markdown or clipped HTML becomes HTML inside an extension page. Both are untrusted
 * (a clipped page wrote them, or a user pasted them): everything is passed through DOMPurify,
 * which drops scripts, event handlers, `javascript:` URLs and SVG/MathML tricks.
 *
 * DOMPurify is only sound on a spec-compliant DOM: happy-dom's NodeIterator stops after a removal
 * (capricorn86/happy-dom#2310), so sanitizing is tested in real Chromium (test/e2e), never under
 * happy-dom.
 */

const PURIFY_OPTIONS = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
  FORBID_ATTR: ['style'],
};

export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, PURIFY_OPTIONS) as unknown as string;
}

/** Unsanitized: only for sanitizeHtml's input and for tests of the conversion itself. */
export function markdownToUnsafeHtml(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true }) as string;
}

export function markdownToSafeHtml(markdown: string): string {
  return sanitizeHtml(markdownToUnsafeHtml(markdown));
}
