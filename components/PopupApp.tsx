import { useEffect, useState } from 'preact/hooks';
import type { PageClip } from '@/lib/clip/model';
import { emptyMetadata } from '@/lib/clip/model';
import { canonicalKeyFromUrl } from '@/lib/clip/canonical';
import type { ClipRow } from '@/lib/store/db';
import { listRecent } from '@/lib/store/clips';
import type { PopupPlatform } from './popup-platform';

export interface PopupAppProps {
  platform: PopupPlatform;
}

type PageState =
  | { state: 'loading' }
  | { state: 'ready'; page: PageClip; problem: string | null };

export function PopupApp({ platform }: PopupAppProps) {
  const [page, setPage] = useState<PageState>({ state: 'loading' });
  const [recent, setRecent] = useState<ClipRow[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  const refreshList = () => listRecent(platform.db, 20).then(setRecent);

  useEffect(() => {
    refreshList();
    (async () => {
      const tab = await platform.targetTab();
      if (!tab) {
        setPage({ state: 'ready', page: minimalClip('about:blank', ''), problem: 'There is no page to clip in this tab.' });
        return;
      }
      const snap = await platform.snapshot(tab.id);
      if (!snap.ok) {
        setPage({
          state: 'ready',
          page: minimalClip(tab.url, tab.title),
          problem: 'Gleaner cannot read this page (browser pages and the web store are off limits); you can still save its address and title.',
        });
        return;
      }
      const { clipDocument } = await import('@/lib/extract');
      const doc = new DOMParser().parseFromString(snap.value.html, 'text/html');
      const clip = clipDocument(doc, snap.value.url);
      setPage({ state: 'ready', page: clip, problem: clip.warnings[0] ?? null });
    })();
  }, []);

  const save = async () => {
    if (page.state !== 'ready') return;
    const result = await platform.call('saveClip', { page: page.page });
    setMessage(result.ok ? (result.value.created ? 'Saved.' : 'Updated.') : result.error);
    await refreshList();
  };

  return (
    <main class="popup">
      <header>
        <h1 data-testid="page-title">{page.state === 'ready' ? page.page.title : 'Reading the page…'}</h1>
        {page.state === 'ready' && page.problem && <p role="status">{page.problem}</p>}
      </header>
      <button type="button" onClick={save} disabled={page.state !== 'ready'}>
        Save
      </button>
      {message && <p role="status">{message}</p>}
      <h2>Saved clips</h2>
      <ul data-testid="clip-list">
        {recent.map((clip) => (
          <li key={clip.id}>{clip.title}</li>
        ))}
      </ul>
    </main>
  );
}

function minimalClip(url: string, title: string): PageClip {
  return { ...emptyMetadata(url, title || url), canonicalKey: canonicalKeyFromUrl(url), content: '', warnings: [] };
}
