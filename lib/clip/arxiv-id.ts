/**
 * arXiv identifiers, as arXiv defines them (https://info.arxiv.org/help/arxiv_identifier.html):
 * new style `YYMM.NNNN[N]` (since 2007) and old style `archive[.SUBJ]/YYMMNNN` (before).
 */

export interface ArxivRef {
  id: string;
  /** null when the URL or text names no version (it then means "the latest"). */
  version: number | null;
}

const NEW_STYLE = String.raw`\d{4}\.\d{4,5}`;
const OLD_STYLE = String.raw`[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7}`;
const ID_WITH_VERSION = new RegExp(`^(${NEW_STYLE}|${OLD_STYLE})(?:v(\\d+))?$`);
const ARXIV_HOST = /(^|\.)arxiv\.org$/;
/** Path prefixes under which arXiv (and ar5iv) serve one paper. */
const PAPER_PATH = /^\/(?:abs|pdf|html|format|src)\/(.+?)(?:\.pdf)?\/?$/;

/** Parses `1706.03762v7`, `hep-th/9901001`, `arXiv:2304.09157v2`; null when it is not an id. */
export function parseArxivId(text: string): ArxivRef | null {
  const trimmed = text.trim().replace(/^arxiv:/i, '');
  const match = ID_WITH_VERSION.exec(trimmed);
  if (!match) return null;
  return { id: match[1]!, version: match[2] ? Number(match[2]) : null };
}

/** The paper an arXiv (or ar5iv) URL points at, or null for any other URL. */
export function arxivRefFromUrl(url: string): ArxivRef | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!ARXIV_HOST.test(parsed.hostname)) return null;
  const match = PAPER_PATH.exec(parsed.pathname);
  if (!match) return null;
  // arxiv.org/html/<id>v<n>/<file> serves a paper's pieces: keep only the first segment(s).
  const path = decodeURIComponent(match[1]!);
  const oldStyle = /^([a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?)/.exec(path);
  const candidate = oldStyle ? oldStyle[1]! : path.split('/')[0]!;
  return parseArxivId(candidate);
}

export function formatArxivId(ref: ArxivRef): string {
  return ref.version === null ? ref.id : `${ref.id}v${ref.version}`;
}

export function arxivLinks(ref: ArxivRef): { absUrl: string; pdfUrl: string; htmlUrl: string } {
  const full = formatArxivId(ref);
  return {
    absUrl: `https://arxiv.org/abs/${full}`,
    pdfUrl: `https://arxiv.org/pdf/${full}`,
    htmlUrl: `https://arxiv.org/html/${full}`,
  };
}
