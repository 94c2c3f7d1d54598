import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { allTags } from '@/lib/store/clips';
import { ClipExportBar } from '@/components/export/ClipExportBar';
import { uiNoteLang } from '@/components/export/note-lang';
import { HighlightsSlot } from './HighlightsSlot';
import { PageView } from './PageView';
import type { PopupPlatform } from './popup-platform';
import { preloadSearch, SearchTab } from './SearchTab';
import { Toast } from './Toast';
import { useClipSession } from './use-clip-session';

export interface PopupAppProps {
  platform: PopupPlatform;
  t: Translate;
}

type View = 'page' | 'search';

/** Runs `task` when the browser is idle (soon after the first frame), or shortly after where it cannot tell. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 50);
}

/** The popup: the current page's clip and its summary form, and a search over the library. */
export function PopupApp({ platform, t }: PopupAppProps) {
  const session = useClipSession(platform, t);
  const [tagSuggestions, setTagSuggestions] = useState<string[]>([]);
  const [view, setView] = useState<View>('page');
  const [query, setQuery] = useState('');
  const [focusRequest, setFocusRequest] = useState(0);
  const tagsAsked = useRef(false);

  // Tags for completion are read when the tag field is first focused, not on open: the first
  // frame reads only the current page's clip, however large the library.
  const loadTagSuggestions = () => {
    if (tagsAsked.current) return;
    tagsAsked.current = true;
    allTags(platform.db).then(setTagSuggestions, () => (tagsAsked.current = false));
  };

  useEffect(() => {
    // The signal "the form shows its data and takes input" (the benchmark waits for it).
    if (session.ready) {
      document.documentElement.dataset.ready = 'true';
      performance.mark('gleaner:interactive');
      whenIdle(() => void preloadSearch().catch(() => undefined));
    }
  }, [session.ready]);

  const showSearch = () => {
    setView('search');
    setFocusRequest((n) => n + 1);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (event.key === 'Enter' && mod && view === 'page' && !event.defaultPrevented) {
        event.preventDefault();
        void session.save();
      } else if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        showSearch();
      } else if (event.key === 'Escape' && !event.defaultPrevented && !event.isComposing) {
        platform.close();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  const openClip = (id: string) => {
    void session.openClip(id);
    setView('page');
  };

  return (
    <div class="popup" aria-busy={!session.ready}>
      <div class="popup__bar">
        <div role="tablist" class="tabs">
          <button type="button" role="tab" aria-selected={view === 'page'} onClick={() => setView('page')}>
            {t('popupTabPage')}
          </button>
          <button type="button" role="tab" aria-selected={view === 'search'} title={t('popupSearchShortcut')} onClick={showSearch}>
            {t('popupTabSearch')}
          </button>
        </div>
        <span class="popup__spacer" />
        <button type="button" class="link-button" onClick={() => platform.openOptions()}>
          {t('popupOpenLibrary')}
        </button>
      </div>
      {view === 'page' ? (
        <>
          <PageView
            session={session}
            tagSuggestions={tagSuggestions}
            t={t}
            onOpenLink={platform.openTab}
            onTagsFocus={loadTagSuggestions}
            savedFooter={
              session.saved && (
                <ClipExportBar db={platform.db} clipId={session.saved.id} lang={uiNoteLang()} t={t} actions={platform.exportActions} />
              )
            }
          />
          {session.saved && session.tab && !session.viewingOther && (
            <HighlightsSlot platform={platform} clipId={session.saved.id} tab={session.tab} t={t} notify={session.notify} />
          )}
        </>
      ) : (
        <SearchTab
          db={platform.db}
          t={t}
          query={query}
          focusRequest={focusRequest}
          onQueryChange={setQuery}
          onOpenClip={openClip}
          onOpenPage={platform.openTab}
        />
      )}
      {session.toast && <Toast toast={session.toast} t={t} onDismiss={session.dismissToast} />}
    </div>
  );
}
