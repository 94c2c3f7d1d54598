import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { allTags } from '@/lib/store/clips';
import { PageView } from './PageView';
import type { PopupPlatform } from './popup-platform';
import { RecentList } from './RecentList';
import { Toast } from './Toast';
import { useClipSession } from './use-clip-session';

export interface PopupAppProps {
  platform: PopupPlatform;
  t: Translate;
}

type View = 'page' | 'search';

/** The popup: the current page's clip and its summary form, and a search over the library. */
export function PopupApp({ platform, t }: PopupAppProps) {
  const session = useClipSession(platform, t);
  const [tagSuggestions, setTagSuggestions] = useState<string[]>([]);
  const [view, setView] = useState<View>('page');

  useEffect(() => {
    allTags(platform.db).then(setTagSuggestions);
  }, []);

  useEffect(() => {
    // The signal "the form shows its data and takes input" (the benchmark waits for it).
    if (session.ready) {
      document.documentElement.dataset.ready = 'true';
      performance.mark('gleaner:interactive');
    }
  }, [session.ready]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && view === 'page') {
        event.preventDefault();
        void session.save();
      } else if (event.key === 'Escape' && !event.defaultPrevented) {
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
          <button type="button" role="tab" aria-selected={view === 'search'} onClick={() => setView('search')}>
            {t('popupTabSearch')}
          </button>
        </div>
        <span class="popup__spacer" />
        <button type="button" class="link-button" onClick={() => platform.openOptions()}>
          {t('popupOpenLibrary')}
        </button>
      </div>
      {view === 'page' ? (
        <PageView session={session} tagSuggestions={tagSuggestions} t={t} onOpenLink={platform.openTab} />
      ) : (
        <RecentList db={platform.db} onOpenClip={openClip} />
      )}
      {session.toast && <Toast toast={session.toast} t={t} onDismiss={session.dismissToast} />}
    </div>
  );
}
