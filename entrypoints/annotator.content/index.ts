import { defineContentScript } from 'wxt/utils/define-content-script';
import { DECLARED_MATCHES } from '@/lib/annotate/site-restore';
import { startAnnotator } from './annotator';

/**
 * The in-page annotator: restores the page's highlights and lets the user make new ones.
 * Declared for arXiv, where papers are read; elsewhere the background injects it when the user
 * asks (context menu, shortcut, popup: activeTab) or registers it for sites where the user
 * turned on automatic restore (optional host permission). The same file serves all three.
 */
export default defineContentScript({
  matches: DECLARED_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startAnnotator(ctx);
  },
});
