import { arxivLinks, arxivRefFromUrl } from '@/lib/clip/arxiv-id';
import { arxivKey, canonicalKeyFromUrl } from '@/lib/clip/canonical';
import { emptyMetadata, type PageClip } from '@/lib/clip/model';
import type { Translate } from '@/lib/i18n';
import type { PopupPlatform, TabInfo } from './popup-platform';
import { arxivPdfRef, readArxivPdf } from './read-arxiv-pdf';

export interface PageReading {
  page: PageClip;
  /** One sentence for the user when the page could not be read in full. */
  problem: string | null;
}

/** The clip a URL and title alone give: what the user can save when nothing else can be read. */
export function minimalPage(url: string, title: string): PageClip {
  const page: PageClip = { ...emptyMetadata(url, title || url), canonicalKey: canonicalKeyFromUrl(url), content: '', warnings: [] };
  const ref = arxivRefFromUrl(url);
  if (ref) {
    Object.assign(page, arxivLinks(ref), { kind: 'arxiv', arxivId: ref.id, arxivVersion: ref.version, canonicalKey: arxivKey(ref.id) });
  }
  return page;
}

/**
 * Reads the tab: its serialized DOM comes from the snapshot content script and is parsed and
 * extracted here, in the popup, so that nothing heavy runs inside the page.
 */
export async function readPage(platform: PopupPlatform, tab: TabInfo, t: Translate): Promise<PageReading> {
  const pdf = arxivPdfRef(tab.url);
  if (pdf) return readArxivPdf(platform, pdf, tab.url, minimalPage(tab.url, tab.title), t);
  const snap = await platform.snapshot(tab.id);
  if (!snap.ok) return { page: minimalPage(tab.url, tab.title), problem: t('popupCannotRead') };
  // A PDF that an arXiv address serves without /pdf/ in it (a /format/ or /src/ link, or a
  // redirect): the snapshot then holds only the viewer, so ask arXiv as for a PDF tab.
  if (snap.value.contentType === 'application/pdf') {
    for (const pdfUrl of [snap.value.url, tab.url]) {
      const ref = arxivRefFromUrl(pdfUrl);
      if (ref) return readArxivPdf(platform, ref, pdfUrl, minimalPage(pdfUrl, tab.title), t);
    }
  }
  try {
    const { clipDocument } = await import('@/lib/extract');
    const doc = new DOMParser().parseFromString(snap.value.html, 'text/html');
    const page = clipDocument(doc, snap.value.url);
    return { page, problem: page.warnings[0] ?? null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { page: minimalPage(tab.url, tab.title), problem: t('popupExtractFailed', reason) };
  }
}
