import { Window } from 'happy-dom';

/**
 * Parses HTML as the popup does (DOMParser), in a happy-dom window that loads nothing: the
 * test environment's own window would try to fetch every stylesheet a real page links.
 */
let window: Window | null = null;

export function parseHtml(html: string): Document {
  window ??= new Window({
    url: 'https://popup.gleaner.invalid/popup.html',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
