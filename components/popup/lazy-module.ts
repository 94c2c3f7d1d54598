import { useEffect, useState } from 'preact/hooks';

/**
 * Code the popup's first frame does not need (the search panel, the highlights section), loaded
 * once with a dynamic import. `preload` starts it early (the popup calls it once the form is up);
 * `useModule` gives a component the module when it is there, or says that loading failed. A
 * failed load is forgotten, so the next attempt tries again.
 */
export function lazyModule<M>(load: () => Promise<M>) {
  let loading: Promise<M> | null = null;
  let loaded: M | null = null;

  const preload = (): Promise<M> => {
    loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };

  const useModule = (): { module: M | null; failed: boolean } => {
    const [module, setModule] = useState<M | null>(loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (module) return;
      let live = true;
      preload().then(
        (m) => live && setModule(() => m),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, []);
    return { module, failed };
  };

  return { preload, useModule };
}
