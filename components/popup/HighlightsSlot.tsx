import { useEffect, useState } from 'preact/hooks';
import type { PageHighlightsProps } from './PageHighlights';

type HighlightsModule = typeof import('./PageHighlights');
let loaded: HighlightsModule | null = null;

/** The highlights section, loaded after the form: the first frame does not wait for it. */
export function HighlightsSlot(props: PageHighlightsProps) {
  const [module, setModule] = useState<HighlightsModule | null>(loaded);
  useEffect(() => {
    if (module) return;
    let live = true;
    import('./PageHighlights').then(
      (m) => {
        loaded = m;
        if (live) setModule(m);
      },
      // Without its code the section is simply absent; the form and its autosave are unaffected.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return module ? <module.PageHighlights {...props} /> : null;
}
