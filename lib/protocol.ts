/**
 * The one typed protocol between Gleaner's contexts. Each side declares the calls it answers as a
 * map of `name: (args) => result`; messages are `{ call, args }` envelopes, and replies are
 * `Result` values because an `Error` does not survive structured cloning.
 */
import type { Notes, PageClip } from './clip/model';
import type { Highlight, HighlightColor, Selector } from './annotate/types';
import type { ClipRow } from './store/db';
import type { Settings } from './store/settings';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: string): Result<never> => ({ ok: false, error });

/** What a content script knows of its page when it creates a highlight. */
export interface PageRef {
  url: string;
  title: string;
  canonicalKey: string;
}

export interface NewHighlight {
  selectors: Selector[];
  quote: string;
  note: string;
  color: HighlightColor;
}

/** Calls the background answers (from the popup, the options page and content scripts). */
export type BackgroundCalls = {
  /** `draftKey`: the key the popup saved a draft under before the page was read. */
  saveClip(args: { page: PageClip; notes?: Partial<Notes>; draftKey?: string }): { clip: ClipRow; created: boolean };
  updateNotes(args: { clipId: string; notes: Notes }): ClipRow | null;
  saveDraft(args: { key: string; url: string; title: string; notes: Notes }): null;
  deleteClip(args: { id: string }): boolean;
  saveSetting(args: { key: keyof Settings; value: Settings[keyof Settings] }): null;
  restoreClip(args: { id: string }): boolean;
  pageHighlights(args: { page: PageRef }): { clipId: string | null; highlights: Highlight[] };
  addHighlight(args: { page: PageRef; highlight: NewHighlight }): Highlight;
  updateHighlight(args: { id: string; note?: string; color?: HighlightColor }): Highlight | null;
  deleteHighlight(args: { id: string }): boolean;
  /** Puts back a highlight deleted a moment ago (Undo), exactly as it was; false if its clip is gone. */
  restoreHighlight(args: { highlight: Highlight }): boolean;
};

/** Where a page's highlights stand: drawn, or kept but not found on this page ("orphaned"). */
export interface AnchorStatus {
  anchored: string[];
  orphaned: string[];
  /** False while the highlights are still being loaded and placed. */
  ready: boolean;
  /** How long the last placing pass took, in milliseconds (null before the first). */
  anchorMs: number | null;
}

/** Calls the annotator content script answers (from the popup and the background). */
export type ContentCalls = {
  scrollToHighlight(args: { id: string }): boolean;
  /** Highlights the page's current selection; null when nothing is selected. */
  highlightSelection(args: { color?: HighlightColor }): Highlight | null;
  anchorStatus(args: Record<string, never>): AnchorStatus;
  /** Reads the page's highlights again (after the popup edited or deleted some) and redraws. */
  syncHighlights(args: Record<string, never>): AnchorStatus;
};

/** Whether a site's highlights come back by themselves when one of its pages loads. */
export interface SiteRestoreState {
  /** The match pattern for the site (`https://example.org/*`), or null for pages that have none. */
  pattern: string | null;
  enabled: boolean;
  /** Sites Gleaner always restores on (arXiv): nothing to turn on. */
  automatic: boolean;
}

/** Calls the background answers about the in-page annotator (from the popup). */
export type AnnotatorCalls = {
  /** Injects the annotator into a tab (after a user gesture gave activeTab); true once it answers. */
  openAnnotator(args: { tabId: number }): boolean;
  siteRestore(args: { url: string }): SiteRestoreState;
  /**
   * Turns automatic restore on or off for the site of `url`. Turning it on needs the site's host
   * permission, which the popup asks for first (`permissions.request` needs the user's click).
   */
  setSiteRestore(args: { url: string; enabled: boolean }): SiteRestoreState;
};

type CallMap = { [name: string]: (args: never) => unknown };
export type Args<M extends CallMap, K extends keyof M> = Parameters<M[K]>[0];
export type Reply<M extends CallMap, K extends keyof M> = ReturnType<M[K]>;

export interface Envelope<M extends CallMap, K extends keyof M = keyof M> {
  call: K;
  args: Args<M, K>;
}

export type Handlers<M extends CallMap> = {
  [K in keyof M]: (args: Args<M, K>) => Promise<Reply<M, K>> | Reply<M, K>;
};

function isEnvelope(message: unknown): message is { call: string; args: unknown } {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { call?: unknown }).call === 'string' &&
    'args' in message
  );
}

/**
 * Turns a handler map into one message listener body. Unknown messages get `null` (not ours:
 * another listener may answer); a handler's exception becomes a failed Result.
 */
export function createDispatcher<M extends CallMap>(handlers: Handlers<M>) {
  return async (message: unknown): Promise<Result<unknown> | null> => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.call)) return null;
    const handler = handlers[message.call as keyof M] as (args: unknown) => unknown;
    try {
      return ok(await handler(message.args));
    } catch (error) {
      return fail(describeError(error));
    }
  };
}

export type Sender = (envelope: { call: string; args: unknown }) => Promise<unknown>;

/** A typed caller over any transport (runtime.sendMessage, tabs.sendMessage, a port…). */
export function createClient<M extends CallMap>(send: Sender) {
  return async function call<K extends keyof M & string>(name: K, args: Args<M, K>): Promise<Result<Reply<M, K>>> {
    try {
      const reply = await send({ call: name, args });
      if (reply && typeof reply === 'object' && 'ok' in reply) return reply as Result<Reply<M, K>>;
      return fail('No part of Gleaner answered. Reload the page and try again.');
    } catch (error) {
      return fail(describeError(error));
    }
  };
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'QuotaExceededError' || /quota/i.test(error.message)) {
      return 'The browser has no room left for Gleaner’s data. Free disk space or export a backup and delete old clips, then save again.';
    }
    return error.message;
  }
  return String(error);
}
