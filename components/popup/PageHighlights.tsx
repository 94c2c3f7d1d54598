import { useEffect, useState } from 'preact/hooks';
import { HighlightList } from '@/components/highlights/HighlightList';
import type { Highlight } from '@/lib/annotate/types';
import type { Translate } from '@/lib/i18n';
import type { AnchorStatus, Result, SiteRestoreState } from '@/lib/protocol';
import { highlightsOf } from '@/lib/store/highlights';
import type { PopupPlatform, TabInfo } from './popup-platform';
import type { Toast } from './use-clip-session';

export interface PageHighlightsProps {
  platform: PopupPlatform;
  clipId: string;
  tab: TabInfo;
  t: Translate;
  notify(toast: Toast): void;
}

/** Anchoring a long paper takes a moment after the annotator starts: ask again for this long. */
const STATUS_POLLS = 30;
const STATUS_POLL_MS = 100;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The clip's highlights under the summary form: read from the database, told apart by what the
 * tab's annotator could place ("not found on this page"), with jump, note editing, delete with
 * Undo, and the per-site switch that brings highlights back by themselves. Loaded lazily.
 */
export function PageHighlights({ platform, clipId, tab, t, notify }: PageHighlightsProps) {
  const [highlights, setHighlights] = useState<Highlight[] | null>(null);
  const [orphaned, setOrphaned] = useState<string[]>([]);
  /** The tab's annotator answered: highlights can be jumped to and are redrawn after changes. */
  const [inPage, setInPage] = useState(false);
  const [site, setSite] = useState<SiteRestoreState | null>(null);
  const host = URL.canParse(tab.url) ? new URL(tab.url).host : tab.url;

  const reload = async () => {
    const list = await highlightsOf(platform.db, clipId);
    setHighlights(list);
    return list;
  };

  /** Reads (or, after a change, asks the annotator to redo) where the highlights stand. */
  const readStatus = async (call: 'anchorStatus' | 'syncHighlights'): Promise<boolean> => {
    let status: Result<AnchorStatus> = await platform.tab(call, {});
    for (let i = 0; status.ok && !status.value.ready && i < STATUS_POLLS; i++) {
      await pause(STATUS_POLL_MS);
      status = await platform.tab('anchorStatus', {});
    }
    if (!status.ok) return false;
    setOrphaned(status.value.orphaned);
    setInPage(true);
    return true;
  };

  useEffect(() => {
    void (async () => {
      const list = await reload();
      // Opening the popup granted activeTab: where no annotator runs yet, start one, which also
      // draws the highlights on the page again.
      if (list.length > 0 && !(await readStatus('anchorStatus'))) {
        const opened = await platform.annotator('openAnnotator', { tabId: tab.id });
        if (opened.ok && opened.value) await readStatus('anchorStatus');
      }
    })();
    void platform.annotator('siteRestore', { url: tab.url }).then((state) => state.ok && setSite(state.value));
  }, [clipId]);

  const afterChange = async () => {
    await reload();
    if (inPage) await readStatus('syncHighlights');
  };

  const failed = (error: string) => notify({ message: t('highlightsActionFailed', error), error: true });

  const remove = async (id: string) => {
    const removed = highlights?.find((h) => h.id === id);
    if (!removed) return;
    const result = await platform.write('deleteHighlight', { id });
    if (!result.ok) return failed(result.error);
    await afterChange();
    notify({
      message: t('highlightsDeleted'),
      undo: async () => {
        const back = await platform.write('restoreHighlight', { highlight: removed });
        if (!back.ok || !back.value) return failed(back.ok ? t('exportClipGone') : back.error);
        await afterChange();
        notify({ message: t('highlightsRestored') });
      },
    });
  };

  const editNote = async (id: string, note: string) => {
    const result = await platform.write('updateHighlight', { id, note });
    if (!result.ok) return failed(result.error);
    await afterChange();
  };

  const jumpTo = async (id: string) => {
    const result = await platform.tab('scrollToHighlight', { id });
    if (!result.ok || !result.value) notify({ message: t('highlightsJumpFailed'), error: true });
  };

  const toggleSite = async (enabled: boolean) => {
    if (!site?.pattern) return;
    // The permission request comes first: the browser grants it only within the click.
    if (enabled && !(await platform.requestSiteAccess(site.pattern))) {
      setSite({ ...site });
      notify({ message: t('siteRestoreDenied', host), error: true });
      return;
    }
    const result = await platform.annotator('setSiteRestore', { url: tab.url, enabled });
    if (!result.ok) {
      setSite({ ...site });
      notify({ message: t('siteRestoreFailed', result.error), error: true });
      return;
    }
    setSite(result.value);
  };

  if (highlights === null) return null;
  return (
    <div class="page-highlights">
      <HighlightList
        highlights={highlights}
        orphaned={orphaned}
        canJump={inPage}
        t={t}
        onJumpTo={(id) => void jumpTo(id)}
        onDelete={(id) => void remove(id)}
        onEditNote={(id, note) => void editNote(id, note)}
      />
      {site?.pattern && !site.automatic && (
        <label class="site-restore">
          <input type="checkbox" role="switch" checked={site.enabled} onChange={(event) => void toggleSite(event.currentTarget.checked)} />
          <span>
            {t('siteRestoreLabel', host)}
            <small class="hint">{t('siteRestoreHint')}</small>
          </span>
        </label>
      )}
    </div>
  );
}
