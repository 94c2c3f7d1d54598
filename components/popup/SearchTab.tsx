import { lazyModule } from './lazy-module';
import type { PopupSearchProps } from './PopupSearch';

const search = lazyModule(() => import('./PopupSearch'));

/**
 * Starts loading the search code (the panel, lib/search) if it is not loaded yet. The popup
 * calls it once the form is interactive, so that the tab opens at once when it is picked.
 */
export const preloadSearch = search.preload;

export type SearchTabProps = PopupSearchProps;

/** The Search tab's content, shown once its code has loaded. */
export function SearchTab(props: SearchTabProps) {
  const { module, failed } = search.useModule();
  if (failed) return <p role="alert" class="problem">{props.t('popupSearchLoadFailed')}</p>;
  if (!module) return <p role="status" class="hint">{props.t('popupSearchLoading')}</p>;
  return <module.PopupSearch {...props} />;
}
