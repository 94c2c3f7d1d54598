import { arxivLinks, arxivRefFromUrl, formatArxivId, type ArxivRef } from '@/lib/clip/arxiv-id';
import type { PageClip } from '@/lib/clip/model';
import type { Translate } from '@/lib/i18n';
import type { PopupPlatform } from './popup-platform';
import type { PageReading } from './read-page';

/**
 * An arXiv PDF tab. The browser's PDF viewer shows no paper a content script could read, so the
 * popup asks arXiv itself: the export API (Atom), else the abstract page, else it keeps the
 * minimal clip the URL gives and says why. Every path ends on the paper's canonical key, so
 * the PDF tab, the abstract page and the HTML version share one clip.
 */

/** The paper of an arXiv PDF address (`arxiv.org/pdf/<id>[vN][.pdf]`), or null for any other URL. */
export function arxivPdfRef(url: string): ArxivRef | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  if (!path.startsWith('/pdf/')) return null;
  return arxivRefFromUrl(url.replace(/\.pdf(?=$|[?#])/, ''));
}

export async function readArxivPdf(
  platform: PopupPlatform,
  ref: ArxivRef,
  url: string,
  minimal: PageClip,
  t: Translate,
): Promise<PageReading> {
  const { arxivApiUrl, clipFromArxivAtom, clipDocument } = await import('@/lib/extract');
  const fromApi = await platform.fetchText(arxivApiUrl(ref));
  if (fromApi.ok) {
    const clip = clipFromArxivAtom(fromApi.value, url, (xml) => new DOMParser().parseFromString(xml, 'application/xml'));
    if (clip) return { page: clip, problem: null };
  }
  // The API is rate-limited and sometimes down; the abstract page carries the same metadata.
  const { absUrl } = arxivLinks(ref);
  const fromAbs = await platform.fetchText(absUrl);
  if (fromAbs.ok) {
    const clip = clipDocument(new DOMParser().parseFromString(fromAbs.value, 'text/html'), absUrl);
    if (clip.kind === 'arxiv' && clip.canonicalKey === minimal.canonicalKey && clip.title) {
      return { page: { ...clip, url, warnings: [] }, problem: null };
    }
  }
  const reason = !fromAbs.ok ? fromAbs.error : !fromApi.ok ? fromApi.error : t('popupPdfNoPaper');
  return { page: { ...minimal, title: pdfTabTitle(minimal.title, url, ref) }, problem: t('popupPdfUnreadable', reason) };
}

/**
 * A PDF tab's title is often only the file name (`2301.00001v2.pdf`), or the address without its
 * scheme as Chromium's viewer shows it (`arxiv.org/pdf/2301.00001v2`): the paper's id then names
 * the clip better until arXiv can be asked again. A real title (the PDF's own) stays.
 */
function pdfTabTitle(title: string, url: string, ref: ArxivRef): string {
  const trimmed = title.trim();
  const bare = !trimmed || (!/\s/.test(trimmed) && (/\.pdf$|arxiv\.org/i.test(trimmed) || trimmed.includes(ref.id) || trimmed === url));
  return bare ? `arXiv:${formatArxivId(ref)}` : title;
}
