import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Notes, PageClip } from '@/lib/clip/model';
import { pageStatus, type PageStatus } from '@/lib/clip/display';
import type { Translate } from '@/lib/i18n';
import type { ClipRow } from '@/lib/store/db';
import { defaultNotes, getClip } from '@/lib/store/clips';
import { mergeNotes } from '@/lib/store/merge';
import { lookupPage, type PageLookup } from '@/lib/store/page-lookup';
import type { PopupPlatform, TabInfo } from './popup-platform';
import { minimalPage, readPage, type PageReading } from './read-page';

export type SessionStatus = PageStatus | { kind: 'draft' };

export interface Toast {
  message: string;
  /** Present when the toast offers to undo what it reports. */
  undo?: () => void;
  error?: boolean;
}

export interface ClipSession {
  /** False until the first frame's data (saved clip or draft) is known. */
  ready: boolean;
  tab: TabInfo | null;
  /** What the form describes: the page being read, or a clip opened from search. */
  page: PageClip | null;
  reading: boolean;
  problem: string | null;
  saved: ClipRow | null;
  status: SessionStatus;
  notes: Notes;
  /** True when the view shows a clip opened from search rather than the tab's page. */
  viewingOther: boolean;
  toast: Toast | null;
  saving: boolean;
  setNotes(notes: Notes): void;
  save(): Promise<void>;
  remove(): Promise<void>;
  openClip(id: string): Promise<void>;
  backToPage(): void;
  dismissToast(): void;
  /** Shows a toast for something done outside the form (a highlight deleted, a site turned on). */
  notify(toast: Toast): void;
}

/** How long Save waits for a slow page to be read before saving what is known. */
const READ_WAIT_MS = 5000;

function pageOfRow(row: ClipRow): PageClip {
  return { ...row, content: '' };
}

/**
 * The popup's state: which clip the form edits, and every write. Each change of the notes is sent
 * at once (the background coalesces), so closing the popup mid-word loses nothing.
 */
export function useClipSession(platform: PopupPlatform, t: Translate): ClipSession {
  const [ready, setReady] = useState(false);
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [reading, setReading] = useState<PageReading | null>(null);
  const [saved, setSaved] = useState<ClipRow | null>(null);
  const [hadDraft, setHadDraft] = useState(false);
  const [notes, setNotesState] = useState<Notes>(defaultNotes);
  const [other, setOther] = useState<ClipRow | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [saving, setSaving] = useState(false);
  const draftKey = useRef<string | null>(null);
  const readingPromise = useRef<Promise<PageReading> | null>(null);
  const pageSession = useRef<{ saved: ClipRow | null; notes: Notes } | null>(null);
  const touched = useRef(false);

  // A layout effect: the lookup starts right after the first render instead of after a paint.
  useLayoutEffect(() => {
    let cancelled = false;
    (async () => {
      const first = await (platform.firstPage ?? askForPage(platform));
      if (cancelled) return;
      const { tab: found, lookup } = first;
      setTab(found);
      if (!found || !lookup) {
        setReading({ page: minimalPage('', ''), problem: t('popupNoTab') });
        setReady(true);
        return;
      }
      draftKey.current = lookup.key;
      setSaved(lookup.saved);
      setHadDraft(lookup.draft !== null);
      const initial = lookup.saved ?? lookup.draft?.notes;
      if (initial) setNotesState({ summary: initial.summary, tags: initial.tags, status: initial.status, rating: initial.rating });
      setReady(true);

      readingPromise.current = readPage(platform, found, t);
      const result = await readingPromise.current;
      if (cancelled) return;
      setReading(result);
      // A DOI found in the page may name a clip the URL did not.
      if (!lookup.saved && result.page.canonicalKey !== lookup.key) {
        const byKey = await platform.db.clips.where('canonicalKey').equals(result.page.canonicalKey).first();
        if (byKey && !cancelled) {
          setSaved(byKey);
          setNotesState((typed) => (touched.current ? mergeNotes(byKey, typed) : { ...byKey }));
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  const viewingOther = other !== null;
  const current = viewingOther ? other : saved;
  const page = viewingOther ? pageOfRow(other) : (reading?.page ?? (saved ? pageOfRow(saved) : tab ? minimalPage(tab.url, tab.title) : null));

  const report = (result: { ok: boolean; error?: string }) => {
    if (!result.ok) setToast({ message: t('toastAutosaveFailed', result.error ?? ''), error: true });
  };

  const setNotes = useCallback(
    (next: Notes) => {
      touched.current = true;
      setNotesState(next);
      if (current) {
        platform.write('updateNotes', { clipId: current.id, notes: next }).then(report);
      } else if (tab && draftKey.current) {
        const title = reading?.page.title ?? tab.title;
        platform.write('saveDraft', { key: draftKey.current, url: tab.url, title, notes: next }).then(report);
        setHadDraft(true);
      }
    },
    [current, tab, reading],
  );

  const save = async () => {
    if (saving) return;
    setSaving(true);
    try {
      let target: PageClip | null = page;
      if (!viewingOther && !reading && readingPromise.current) {
        const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), READ_WAIT_MS));
        target = (await Promise.race([readingPromise.current, timeout]))?.page ?? page;
      }
      if (!target || !target.url) return;
      const result = await platform.write('saveClip', {
        page: viewingOther && other ? ((await getClip(platform.db, other.id)) ?? target) : target,
        notes,
        draftKey: draftKey.current ?? undefined,
      });
      if (!result.ok) {
        setToast({ message: result.error, error: true });
        return;
      }
      if (viewingOther) setOther(result.value.clip);
      else setSaved(result.value.clip);
      setToast({ message: result.value.created ? t('toastSaved') : t('toastUpdated') });
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!current) return;
    const id = current.id;
    const result = await platform.write('deleteClip', { id });
    if (!result.ok) {
      setToast({ message: result.error, error: true });
      return;
    }
    if (viewingOther) setOther(null);
    else setSaved(null);
    setToast({
      message: t('toastDeleted'),
      undo: async () => {
        const restored = await platform.write('restoreClip', { id });
        if (!restored.ok || !restored.value) {
          setToast({ message: restored.ok ? t('toastAutosaveFailed', '') : restored.error, error: true });
          return;
        }
        const row = await platform.db.clips.get(id);
        if (row && viewingOther) setOther(row);
        else if (row) setSaved(row);
        setToast({ message: t('toastRestored') });
      },
    });
  };

  const openClip = async (id: string) => {
    const row = await platform.db.clips.get(id);
    if (!row) return;
    if (!viewingOther) pageSession.current = { saved, notes };
    if (!viewingOther && saved?.id === id) return;
    setOther(row);
    setNotesState({ summary: row.summary, tags: row.tags, status: row.status, rating: row.rating });
  };

  const backToPage = () => {
    setOther(null);
    const back = pageSession.current;
    if (back) setNotesState(back.notes);
  };

  const status: SessionStatus = current
    ? page
      ? pageStatus(current, page)
      : { kind: 'saved' }
    : hadDraft
      ? { kind: 'draft' }
      : { kind: 'new' };

  return {
    ready,
    tab,
    page,
    reading: !viewingOther && ready && reading === null && tab !== null,
    problem: viewingOther ? null : (reading?.problem ?? null),
    saved: current,
    status,
    notes,
    viewingOther,
    toast,
    saving,
    setNotes,
    save,
    remove,
    openClip,
    backToPage,
    dismissToast: () => setToast(null),
    notify: setToast,
  };
}

/** The target tab and what the database holds for it, when the platform did not start this early. */
async function askForPage(platform: PopupPlatform): Promise<{ tab: TabInfo | null; lookup: PageLookup | null }> {
  const tab = await platform.targetTab();
  return { tab, lookup: tab ? await lookupPage(platform.db, tab.url) : null };
}
