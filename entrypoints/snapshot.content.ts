import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PageSnapshot } from '@/lib/extract/snapshot';

/**
 * Injected on demand (activeTab + scripting) when the user opens the popup: it hands the page's
 * current DOM, as serialized HTML, to the popup, which does the extraction in its own context so
 * that nothing heavy ever runs inside the page.
 */
export default defineContentScript({
  registration: 'runtime',
  main(): PageSnapshot {
    return {
      url: location.href,
      title: document.title,
      html: document.documentElement.outerHTML,
      contentType: document.contentType,
    };
  },
});
