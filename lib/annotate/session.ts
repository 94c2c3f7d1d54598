import { ok, type AnchorStatus, type Args, type BackgroundCalls, type PageRef, type Reply, type Result } from '../protocol';
import { anchorAll, anchorSelectors, type Anchor } from './anchor';
import { describeRange } from './describe';
import type { DrawItem, Drawer, Point } from './drawer';
import { runToEnd, type Scheduler } from './scheduler';
import { TextModel } from './text-model';
import type { Highlight, HighlightColor } from './types';

/**
 * The annotator's state on one page: which highlights it has, which are drawn and which could
 * not be placed ("orphaned": kept, listed, never dropped). It talks to the background (the one
 * writer of the database) through `call` and paints through a Drawer; the content script wires
 * it to the page's events and to the in-page UI.
 */

export type BackgroundCaller = <K extends keyof BackgroundCalls & string>(
  name: K,
  args: Args<BackgroundCalls, K>,
) => Promise<Result<Reply<BackgroundCalls, K>>>;

export interface SessionOptions {
  /** The element whose text highlights are anchored in (the page's body). */
  root: () => Element;
  /** The page as the store knows it (its URL may change in a single-page app). */
  page: () => PageRef;
  call: BackgroundCaller;
  drawer: Drawer;
  /** A fresh scheduler for each placing pass (so long passes yield to the page). */
  scheduler?: () => Scheduler;
  now?: () => number;
  /** Called whenever the highlights or their status change (to re-render the UI). */
  onChange?: () => void;
}

export class AnnotatorSession {
  private readonly highlights = new Map<string, Highlight>();
  private readonly orphaned = new Set<string>();
  private model: TextModel | null = null;
  private ready = false;
  private anchorMs: number | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Set when the content script goes away: work still under way must not draw any more. */
  private disposed = false;

  constructor(private readonly options: SessionOptions) {}

  /** The page's DOM changed: read its text again before the next use. */
  invalidate(): void {
    this.model = null;
  }

  /** Runs `work` after whatever is under way, so that passes never interleave. */
  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private currentModel(): TextModel {
    this.model ??= TextModel.build(this.options.root());
    return this.model;
  }

  private changed(): void {
    this.options.onChange?.();
  }

  status(): AnchorStatus {
    const anchored: string[] = [];
    for (const id of this.highlights.keys()) if (this.options.drawer.has(id)) anchored.push(id);
    return { anchored, orphaned: [...this.orphaned], ready: this.ready, anchorMs: this.anchorMs };
  }

  get(id: string): Highlight | null {
    return this.highlights.get(id) ?? null;
  }

  /** Every highlight of the page, drawn or not, in the order they were made. */
  all(): Highlight[] {
    return [...this.highlights.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  private drawItem(model: TextModel, highlight: Highlight, anchor: Anchor): DrawItem | null {
    const range = model.toRange(anchor.start, anchor.end);
    if (!range) return null;
    // Only wrappers need the text-node pieces; the Highlight API paints the range itself.
    const pieces = this.options.drawer.mutatesDom ? model.pieces(anchor.start, anchor.end) : [];
    return { id: highlight.id, color: highlight.color, target: { range, pieces } };
  }

  private paint(items: DrawItem[]): void {
    if (items.length === 0 || this.disposed) return;
    this.options.drawer.draw(items);
    if (this.options.drawer.mutatesDom) this.invalidate();
  }

  /** Anchors and draws `list`, yielding to the page as it goes. */
  private async place(list: Highlight[]): Promise<void> {
    const now = this.options.now ?? (() => performance.now());
    const started = now();
    const scheduler = this.options.scheduler?.() ?? runToEnd;
    const model = this.model ?? (await TextModel.buildSliced(this.options.root(), scheduler));
    this.model = model;
    const byId = new Map(list.map((highlight) => [highlight.id, highlight]));
    const batch: DrawItem[] = [];
    const drawEarly = !this.options.drawer.mutatesDom;
    await anchorAll(model, list, {
      scheduler,
      onResult: (id, anchor) => {
        const highlight = byId.get(id)!;
        const item = anchor && this.drawItem(model, highlight, anchor);
        if (!item) {
          this.orphaned.add(id);
          return;
        }
        this.orphaned.delete(id);
        // Wrappers split text nodes the model points at: they are all drawn at the end.
        if (drawEarly && !this.disposed) this.options.drawer.draw([item]);
        else batch.push(item);
      },
    });
    this.paint(batch);
    this.anchorMs = now() - started;
  }

  /** Brings the page in line with the stored highlights: new ones placed, deleted ones erased. */
  private async reconcile(list: Highlight[]): Promise<void> {
    const incoming = new Set(list.map((highlight) => highlight.id));
    for (const id of [...this.highlights.keys()]) {
      if (incoming.has(id)) continue;
      this.options.drawer.erase(id);
      this.highlights.delete(id);
      this.orphaned.delete(id);
    }
    const toPlace: Highlight[] = [];
    for (const highlight of list) {
      const previous = this.highlights.get(highlight.id);
      this.highlights.set(highlight.id, highlight);
      if (!previous || this.orphaned.has(highlight.id)) toPlace.push(highlight);
      else if (previous.color !== highlight.color) this.options.drawer.recolor(highlight.id, highlight.color);
    }
    if (toPlace.length > 0) await this.place(toPlace);
    this.ready = true;
    this.changed();
  }

  /** Loads this page's highlights from the database and draws them (first load, or after edits elsewhere). */
  restore(): Promise<Result<AnchorStatus>> {
    return this.enqueue(async () => {
      const reply = await this.options.call('pageHighlights', { page: this.options.page() });
      if (!reply.ok) return reply;
      await this.reconcile(reply.value.highlights);
      return ok(this.status());
    });
  }

  /** Tries again to place the highlights not found (the page may have loaded more content). */
  retryOrphans(): Promise<AnchorStatus> {
    return this.enqueue(async () => {
      const orphans = [...this.orphaned].map((id) => this.highlights.get(id)!).filter(Boolean);
      if (orphans.length > 0) {
        this.invalidate();
        await this.place(orphans);
        this.changed();
      }
      return this.status();
    });
  }

  /** Highlights a DOM range (the user's selection). `ok(null)` when the range holds no text. */
  createFromRange(range: Range, color: HighlightColor, note = ''): Promise<Result<Highlight | null>> {
    return this.enqueue(async () => {
      const model = this.currentModel();
      const described = describeRange(model, range);
      if (!described) return ok(null);
      const reply = await this.options.call('addHighlight', {
        page: this.options.page(),
        highlight: { selectors: described.selectors, quote: described.quote, note, color },
      });
      if (!reply.ok) return reply;
      const highlight = reply.value;
      this.highlights.set(highlight.id, highlight);
      // The page may have changed while the background was writing.
      const current = this.currentModel();
      const anchor = current === model ? { start: described.start, end: described.end, method: 'range' as const } : anchorSelectors(current, highlight.selectors);
      const item = anchor && this.drawItem(current, highlight, anchor);
      if (item) this.paint([item]);
      else this.orphaned.add(highlight.id);
      this.changed();
      return ok(highlight);
    });
  }

  /** Changes a highlight's note or colour. `ok(null)` when it no longer exists (deleted elsewhere). */
  update(id: string, changes: { note?: string; color?: HighlightColor }): Promise<Result<Highlight | null>> {
    return this.enqueue(async () => {
      const reply = await this.options.call('updateHighlight', { id, ...changes });
      if (!reply.ok) return reply;
      const updated = reply.value;
      if (!updated) this.forget(id);
      else {
        const previous = this.highlights.get(id);
        this.highlights.set(id, updated);
        if (previous && previous.color !== updated.color) this.options.drawer.recolor(id, updated.color);
      }
      this.changed();
      return ok(updated);
    });
  }

  private forget(id: string): void {
    this.options.drawer.erase(id);
    if (this.options.drawer.mutatesDom) this.invalidate();
    this.highlights.delete(id);
    this.orphaned.delete(id);
  }

  remove(id: string): Promise<Result<boolean>> {
    return this.enqueue(async () => {
      const reply = await this.options.call('deleteHighlight', { id });
      if (!reply.ok) return reply;
      this.forget(id);
      this.changed();
      return ok(reply.value);
    });
  }

  /** The highlight under a click, or null. */
  highlightAt(point: Point): Highlight | null {
    const id = this.options.drawer.hitTest(point);
    return id ? (this.highlights.get(id) ?? null) : null;
  }

  /** The page range of a drawn highlight (to place the note editor next to it). */
  rangeOf(id: string): Range | null {
    return this.options.drawer.rangeOf(id);
  }

  focus(id: string | null): void {
    this.options.drawer.focus(id);
  }

  /** Scrolls a drawn highlight into the middle of the view and marks it. False when not drawn. */
  scrollTo(id: string): boolean {
    const range = this.options.drawer.rangeOf(id);
    const view = this.options.root().ownerDocument.defaultView;
    if (!range || !view) return false;
    const rect = range.getBoundingClientRect();
    view.scrollTo({ top: view.scrollY + rect.top - view.innerHeight / 3, behavior: 'smooth' });
    this.options.drawer.focus(id);
    return true;
  }

  /** Erases everything drawn (the content script is going away). */
  dispose(): void {
    this.disposed = true;
    this.options.drawer.clear();
    this.highlights.clear();
    this.orphaned.clear();
  }
}
