import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { arxivPdfRef } from '@/components/popup/read-arxiv-pdf';
import { readPage } from '@/components/popup/read-page';
import { createTranslator } from '@/lib/i18n';
import { freshDb } from '../../helpers/db';
import { fakePopupPlatform } from '../../helpers/popup-platform';

const t = createTranslator('en');
const API_URL = 'https://export.arxiv.org/api/query?id_list=2301.00001v2&max_results=1';
const ABS_URL = 'https://arxiv.org/abs/2301.00001v2';
const API_ANSWER = readFileSync('test/fixtures/arxiv/api-2301.00001v2.xml', 'utf8');
const ABS_PAGE = readFileSync('test/fixtures/arxiv/abs-2301.00001v2.html', 'utf8');
const PDF_TAB = { id: 3, url: 'https://arxiv.org/pdf/2301.00001v2', title: '2301.00001v2.pdf' };

/** A popup platform whose snapshot must not be used: a PDF viewer has nothing to read. */
function platformFor(responses: Record<string, string>) {
  const fetched: string[] = [];
  const fake = fakePopupPlatform(freshDb(), { tab: PDF_TAB, html: '<p>a PDF viewer has no paper in its DOM</p>', responses });
  const fetchText = fake.platform.fetchText;
  fake.platform.fetchText = (url) => {
    fetched.push(url);
    return fetchText(url);
  };
  fake.platform.snapshot = () => {
    throw new Error('a PDF tab must not be snapshotted');
  };
  return { platform: fake.platform, fetched };
}

describe('arxivPdfRef', () => {
  test.each([
    ['https://arxiv.org/pdf/2301.00001v2', { id: '2301.00001', version: 2 }],
    ['https://arxiv.org/pdf/2301.00001', { id: '2301.00001', version: null }],
    ['https://arxiv.org/pdf/2301.00001v3.pdf', { id: '2301.00001', version: 3 }],
    ['https://export.arxiv.org/pdf/hep-th/9901001v1', { id: 'hep-th/9901001', version: 1 }],
  ])('%s is a PDF of %o', (url, ref) => {
    expect(arxivPdfRef(url)).toEqual(ref);
  });

  test.each(['https://arxiv.org/abs/2301.00001v2', 'https://arxiv.org/html/2301.00001v2', 'https://example.org/pdf/2301.00001', 'not a url'])(
    '%s is not an arXiv PDF',
    (url) => {
      expect(arxivPdfRef(url)).toBeNull();
    },
  );
});

describe('reading an arXiv PDF tab', () => {
  test('takes the paper from the export API and lands on the paper’s canonical key', async () => {
    const { platform, fetched } = platformFor({ [API_URL]: API_ANSWER });
    const { page, problem } = await readPage(platform, PDF_TAB, t);
    expect(problem).toBeNull();
    expect(fetched).toEqual([API_URL]);
    expect(page).toMatchObject({
      url: PDF_TAB.url,
      canonicalKey: 'arxiv:2301.00001',
      kind: 'arxiv',
      title: 'A paper with $\\beta$-scaling: the second version',
      authors: ['Jane Doe', '李 明'],
      arxivId: '2301.00001',
      arxivVersion: 2,
      published: '2023-01-01',
      updated: '2023-02-01',
      primaryCategory: 'cs.LG',
      categories: ['cs.LG', 'stat.ML'],
      comments: '12 pages, 3 figures',
      absUrl: ABS_URL,
    });
    expect(page.abstract).toBe('We scale by $\\beta_t$ and get exact sums.');
  });

  test('falls back to the abstract page when the API does not answer', async () => {
    const { platform, fetched } = platformFor({ [ABS_URL]: ABS_PAGE });
    const { page, problem } = await readPage(platform, PDF_TAB, t);
    expect(fetched).toEqual([API_URL, ABS_URL]);
    expect(problem).toBeNull();
    expect(page).toMatchObject({
      url: PDF_TAB.url,
      canonicalKey: 'arxiv:2301.00001',
      kind: 'arxiv',
      title: 'A paper with $\\beta$-scaling: the second version',
      arxivVersion: 2,
      primaryCategory: 'cs.LG',
      absUrl: ABS_URL,
    });
    expect(page.authors).toEqual(['Jane Doe', '李 明']);
    expect(page.warnings).toEqual([]);
  });

  test('a tab whose snapshot says application/pdf on an arXiv address is read as a PDF tab', async () => {
    const tab = { id: 5, url: 'https://arxiv.org/format/2301.00001v2', title: 'format' };
    const fake = fakePopupPlatform(freshDb(), { tab, html: '<embed type="application/pdf">', responses: { [API_URL]: API_ANSWER } });
    fake.platform.snapshot = async () => ({ ok: true, value: { url: tab.url, title: tab.title, html: '<embed>', contentType: 'application/pdf' } });
    const { page, problem } = await readPage(fake.platform, tab, t);
    expect(problem).toBeNull();
    expect(page).toMatchObject({ canonicalKey: 'arxiv:2301.00001', title: 'A paper with $\\beta$-scaling: the second version', arxivVersion: 2 });
  });

  test('with arXiv out of reach: the paper’s id and links, and one sentence saying why', async () => {
    const { platform } = platformFor({});
    const { page, problem } = await readPage(platform, PDF_TAB, t);
    expect(page).toMatchObject({ url: PDF_TAB.url, canonicalKey: 'arxiv:2301.00001', kind: 'arxiv', arxivId: '2301.00001', arxivVersion: 2, absUrl: ABS_URL });
    expect(problem).toMatch(/^This is a PDF, and arXiv could not be asked .*offline.*save the link/);
    // The tab's title was only the file name: the paper's id names the clip instead.
    expect(page.title).toBe('arXiv:2301.00001v2');
  });

  test.each(['arxiv.org/pdf/2301.00001v2', '2301.00001v2.pdf', ''])('offline, a tab titled %o is named by the paper’s id', async (title) => {
    const { page } = await readPage(platformFor({}).platform, { ...PDF_TAB, title }, t);
    expect(page.title).toBe('arXiv:2301.00001v2');
  });

  test('an API answer about another paper is not taken for this one', async () => {
    const other = API_ANSWER.replaceAll('2301.00001', '2301.99999');
    const { platform } = platformFor({ [API_URL]: other });
    const { page, problem } = await readPage(platform, { ...PDF_TAB, title: 'Scaling by beta' }, t);
    expect(page.title).toBe('Scaling by beta');
    expect(problem).toMatch(/arXiv could not be asked/);
  });
});

describe('the popup on an arXiv PDF tab', () => {
  test('after saving from the abstract page, the PDF tab says the paper is already saved', async () => {
    const { render, screen, waitFor, fireEvent, cleanup } = await import('@testing-library/preact');
    const { h } = await import('preact');
    const { PopupApp } = await import('@/components/popup/PopupApp');
    const db = freshDb();
    const onAbs = fakePopupPlatform(db, { tab: { id: 4, url: ABS_URL, title: 'abs' }, html: ABS_PAGE });
    render(h(PopupApp, { platform: onAbs.platform, t }));
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toContain('the second version'));
    fireEvent.input(screen.getByLabelText('TL;DR'), { target: { value: 'Saved from the abstract.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('clip-status').textContent).toBe('Saved'));
    cleanup();
    delete document.documentElement.dataset.ready;

    // arXiv out of reach: even the minimal clip of the PDF tab finds the saved paper.
    const answers: Record<string, string>[] = [{ [API_URL]: API_ANSWER }, {}];
    for (const responses of answers) {
      const onPdf = fakePopupPlatform(db, { tab: PDF_TAB, responses });
      render(h(PopupApp, { platform: onPdf.platform, t }));
      await waitFor(() => expect(screen.getByTestId('clip-status').textContent).toBe('Saved'));
      expect((screen.getByLabelText('TL;DR') as HTMLTextAreaElement).value).toBe('Saved from the abstract.');
      cleanup();
      delete document.documentElement.dataset.ready;
    }
    expect(await db.clips.count()).toBe(1);
  });


  test('saves the paper from the API, and the abstract page then opens that same clip', async () => {
    const { render, screen, waitFor, fireEvent, cleanup } = await import('@testing-library/preact');
    const { h } = await import('preact');
    const { PopupApp } = await import('@/components/popup/PopupApp');
    const db = freshDb();
    const onPdf = fakePopupPlatform(db, { tab: PDF_TAB, responses: { [API_URL]: API_ANSWER } });
    render(h(PopupApp, { platform: onPdf.platform, t }));
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toContain('the second version'));
    fireEvent.input(screen.getByLabelText('TL;DR'), { target: { value: 'Scaling by beta is exact.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('clip-status').textContent).toBe('Saved'));
    cleanup();
    delete document.documentElement.dataset.ready;

    const onAbs = fakePopupPlatform(db, { tab: { id: 4, url: 'https://arxiv.org/abs/2301.00001v1', title: 'abs' }, html: ABS_PAGE });
    render(h(PopupApp, { platform: onAbs.platform, t }));
    await waitFor(() => expect((screen.getByLabelText('TL;DR') as HTMLTextAreaElement).value).toBe('Scaling by beta is exact.'));
    expect(await db.clips.count()).toBe(1);
    const [clip] = await db.clips.toArray();
    expect(clip).toMatchObject({ canonicalKey: 'arxiv:2301.00001', arxivVersion: 2, authors: ['Jane Doe', '李 明'] });
    cleanup();
    delete document.documentElement.dataset.ready;
  });
});
