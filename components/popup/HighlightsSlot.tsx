import { lazyModule } from './lazy-module';
import type { PageHighlightsProps } from './PageHighlights';

const highlights = lazyModule(() => import('./PageHighlights'));

/**
 * The highlights section, loaded after the form: the first frame does not wait for it. Without
 * its code the section is simply absent; the form and its autosave are unaffected.
 */
export function HighlightsSlot(props: PageHighlightsProps) {
  const { module } = highlights.useModule();
  return module ? <module.PageHighlights {...props} /> : null;
}
