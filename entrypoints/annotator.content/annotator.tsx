import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { AnnotatorApp, type AnnotatorView } from '@/components/annotator/AnnotatorApp';
import { ANNOTATOR_CSS } from '@/components/annotator/styles';
import { contentHandlers } from '@/lib/annotate/content-handlers';
import { createHighlightApiDrawer, pageHighlightApi } from '@/lib/annotate/draw-highlight-api';
import { createMarkDrawer } from '@/lib/annotate/draw-marks';
import { timeSliceScheduler, pageTurn } from '@/lib/annotate/scheduler';
import { AnnotatorSession, type BackgroundCaller } from '@/lib/annotate/session';
import type { Highlight, HighlightColor } from '@/lib/annotate/types';
import { createTranslator, pickLocale } from '@/lib/i18n';
import { createClient, createDispatcher, describeError, type BackgroundCalls, type ContentCalls } from '@/lib/protocol';
import { boundingBox, currentPage, endBox, selectedRange, viewport } from './page';

/** Events that must not leave our UI (the page's own shortcuts and click handlers). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'click', 'input'];
/** Orphaned highlights are looked for again when the page changes, this many times at most. */
const ORPHAN_RETRIES = 5;

/**
 * Wires the annotator session (lib/annotate/session.ts) to the page: selection and clicks, the
 * shadow-root UI, messages from the popup and the background. Everything it registers goes
 * through `ctx`, so a reloaded or updated extension leaves nothing behind; no handler throws
 * into the page (errors become a message in our UI).
 */
export function startAnnotator(ctx: ContentScriptContext): void {
  // XML, SVG and image documents have no body and nothing to highlight.
  if (!document.body) return;
  const t = createTranslator(pickLocale(browser.i18n.getUILanguage()));
  const call = createClient<BackgroundCalls>((envelope) => browser.runtime.sendMessage(envelope)) as BackgroundCaller;
  const api = pageHighlightApi(document);
  const drawer = api ? createHighlightApiDrawer(api) : createMarkDrawer(document);

  let view: AnnotatorView = { kind: 'hidden' };
  let color: HighlightColor = 'yellow';
  let message: string | null = null;
  let selection: Range | null = null;
  let host: HTMLElement | null = null;
  let paint = (): void => {};

  const session = new AnnotatorSession({
    root: () => document.body,
    page: currentPage,
    call,
    drawer,
    scheduler: () => timeSliceScheduler({ wait: pageTurn }),
    onChange: () => {
      // The open editor follows its highlight (recoloured, or deleted from the popup).
      if (view.kind !== 'editor') return;
      const current = session.get(view.highlight.id);
      view = current ? { ...view, highlight: current } : { kind: 'hidden' };
      paint();
    },
  });

  const show = (next: AnnotatorView) => {
    view = next;
    session.focus(next.kind === 'editor' ? next.highlight.id : null);
    paint();
  };
  const close = () => {
    selection = null;
    if (view.kind !== 'hidden') show({ kind: 'hidden' });
  };
  const report = (text: string) => {
    message = text;
    paint();
  };
  /** Runs an event handler so that nothing it throws reaches the page's console. */
  const safely = (work: () => unknown) => {
    try {
      const result = work();
      if (result instanceof Promise) result.catch((error: unknown) => report(describeError(error)));
    } catch (error) {
      report(describeError(error));
    }
  };

  const openEditor = (highlight: Highlight) => {
    const range = session.rangeOf(highlight.id);
    if (range) show({ kind: 'editor', anchor: boundingBox(range), highlight });
  };

  const highlightSelection = async (picked: HighlightColor, withNote: boolean) => {
    const range = selection ?? selectedRange();
    close();
    if (!range) return;
    color = picked;
    const result = await session.createFromRange(range, picked);
    if (!result.ok) return report(t('annotateSaveFailed', result.error));
    if (!result.value) return;
    document.getSelection()?.removeAllRanges();
    if (withNote) openEditor(result.value);
  };

  const update = async (id: string, changes: { note?: string; color?: HighlightColor }) => {
    const result = await session.update(id, changes);
    if (!result.ok) report(t('annotateSaveFailed', result.error));
  };

  // Messages first and synchronously: the background that has just injected us may call at once.
  const dispatch = createDispatcher<ContentCalls>(
    contentHandlers(session, {
      selection: () => selection ?? selectedRange(),
      defaultColor: () => color,
      highlighted: () => {
        close();
        document.getSelection()?.removeAllRanges();
      },
    }),
  );
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    if (ctx.isInvalid) return false;
    const known = typeof message === 'object' && message !== null && typeof (message as { call?: unknown }).call === 'string';
    if (!known) return false;
    dispatch(message).then((reply) => sendResponse(reply));
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    session.dispose();
  });

  createShadowRootUi(ctx, {
    name: 'gleaner-annotator',
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    css: ANNOTATOR_CSS,
    isolateEvents: ISOLATED_EVENTS,
    onMount(container, shadow, shadowHost) {
      host = shadowHost;
      adoptStyles(shadow);
      paint = () =>
        render(
          <AnnotatorApp
            view={view}
            viewport={viewport()}
            color={color}
            message={message}
            t={t}
            onHighlight={(picked, withNote) => safely(() => highlightSelection(picked, withNote))}
            onSaveNote={(id, note) => safely(() => update(id, { note }))}
            onRecolor={(id, picked) => {
              color = picked;
              safely(() => update(id, { color: picked }));
            }}
            onDelete={(id) =>
              safely(async () => {
                close();
                const result = await session.remove(id);
                if (!result.ok) report(t('annotateSaveFailed', result.error));
              })
            }
            onClose={close}
            onDismissMessage={() => {
              message = null;
              paint();
            }}
          />,
          container,
        );
      paint();
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
      paint = () => {};
    },
  })
    .then((ui) => {
      if (ctx.isValid) ui.mount();
    })
    .catch(() => {
      // Without our UI, highlights are still drawn and the context menu still works.
    });

  const fromOurUi = (event: Event) => host !== null && event.composedPath().includes(host);
  let pointerDown: { x: number; y: number } | null = null;
  ctx.addEventListener(
    window,
    'pointerdown',
    (event: PointerEvent) => {
      if (fromOurUi(event)) return;
      pointerDown = { x: event.clientX, y: event.clientY };
      close();
    },
    { capture: true },
  );
  ctx.addEventListener(
    window,
    'pointerup',
    (event: PointerEvent) => {
      if (fromOurUi(event)) return;
      const down = pointerDown;
      pointerDown = null;
      const click = down !== null && Math.hypot(event.clientX - down.x, event.clientY - down.y) < 4;
      // After the browser has updated the selection for this click.
      ctx.setTimeout(() =>
        safely(() => {
          const range = selectedRange();
          if (range) {
            selection = range;
            show({ kind: 'adder', anchor: endBox(range) });
            return;
          }
          const hit = click ? session.highlightAt({ clientX: event.clientX, clientY: event.clientY, target: event.target }) : null;
          if (hit) openEditor(hit);
        }),
      );
    },
    { capture: true },
  );
  // Selections made with the keyboard (or by a script) get the adder too, once they settle.
  let settle = 0;
  ctx.addEventListener(document, 'selectionchange', () => {
    if (pointerDown) return;
    clearTimeout(settle);
    settle = ctx.setTimeout(() =>
      safely(() => {
        const range = selectedRange();
        if (range) {
          selection = range;
          show({ kind: 'adder', anchor: endBox(range) });
        } else if (view.kind === 'adder') close();
      }),
    200);
  });
  ctx.addEventListener(
    window,
    'keydown',
    (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !fromOurUi(event) && view.kind !== 'hidden') close();
    },
    { capture: true },
  );
  // Panels are position: fixed; they follow their text when the page scrolls.
  let frame = 0;
  const follow = () => {
    cancelAnimationFrame(frame);
    frame = ctx.requestAnimationFrame(() =>
      safely(() => {
        if (view.kind === 'adder' && selection) view = { ...view, anchor: endBox(selection) };
        else if (view.kind === 'editor') {
          const range = session.rangeOf(view.highlight.id);
          if (range) view = { ...view, anchor: boundingBox(range) };
        }
        if (view.kind !== 'hidden') paint();
      }),
    );
  };
  ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', follow);

  // The page's text changes: read it again when next needed, and look again for highlights not
  // found (content that loads late), a few times.
  let retries = 0;
  let retryTimer = 0;
  const observer = new MutationObserver(() => {
    session.invalidate();
    if (retries >= ORPHAN_RETRIES || session.status().orphaned.length === 0 || !session.status().ready) return;
    clearTimeout(retryTimer);
    retryTimer = ctx.setTimeout(() => {
      retries += 1;
      safely(() => session.retryOrphans());
    }, 1500);
  });
  observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());

  // A single-page app moved to another article: its highlights replace these.
  ctx.addEventListener(window, 'wxt:locationchange', () => safely(() => restore()));

  const restore = async () => {
    const result = await session.restore();
    if (!result.ok) report(t('annotateLoadFailed', result.error));
  };
  // Restoring waits for the browser to be idle, so it never competes with the page's own loading
  // (the first layout of a 2 MB paper); within a second at the latest.
  ctx.requestIdleCallback(() => safely(() => restore()), { timeout: 1000 });
}

/**
 * Our styles as a constructed style sheet as well: a page whose Content-Security-Policy forbids
 * inline `<style>` may block the one createShadowRootUi adds; adopted sheets are never blocked.
 */
function adoptStyles(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(ANNOTATOR_CSS);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch {
    // The style element is there too.
  }
}
