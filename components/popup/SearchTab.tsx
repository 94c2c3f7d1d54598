import { useEffect, useState } from 'preact/hooks';
import type { PopupSearchProps } from './PopupSearch';

type SearchModule = typeof import('./PopupSearch');

let loading: Promise<SearchModule> | null = null;
let loaded: SearchModule | null = null;

/**
 * Starts loading the search code (the panel, lib/search) if it is not loaded yet. The popup
 * calls it once the form is interactive, so that the tab opens at once when it is picked.
 */
export function preloadSearch(): Promise<SearchModule> {
  loading ??= import('./PopupSearch').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null; // let the next attempt try again
      throw error;
    },
  );
  return loading;
}

export type SearchTabProps = PopupSearchProps;

/** The Search tab's content, shown once its code has loaded. */
export function SearchTab(props: SearchTabProps) {
  const [module, setModule] = useState<SearchModule | null>(loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (module) return;
    let live = true;
    preloadSearch().then(
      (m) => live && setModule(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  if (failed) return <p role="alert" class="problem">{props.t('popupSearchLoadFailed')}</p>;
  if (!module) return <p role="status" class="hint">{props.t('popupSearchLoading')}</p>;
  return <module.PopupSearch {...props} />;
}
