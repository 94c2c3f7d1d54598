import { figure, notMeasured } from '../figure';
import { median, percentile } from '../measure';
import type { Figure } from '../types';
import type { EntrySize } from './bundle-size';
import type { OpenTiming } from './open-popup';

/** Turning the popup suite's measurements into figures (kept apart from the measuring). */

const kb = (bytes: number) => bytes / 1000;
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

/** The popup's first-frame JavaScript, gzipped, must stay under this (issue 4). */
export const POPUP_FIRST_FRAME_KB = 60;

export function bundleFigures(sizes: readonly EntrySize[]): Figure[] {
  const figures: Figure[] = [];
  for (const size of sizes) {
    const id = size.entry.replace(/[^a-z0-9]+/gi, '-');
    const what = size.kind === 'page' ? `${size.entry}.html` : size.kind === 'background' ? 'background service worker' : `${size.entry}.js (content script)`;
    const css = size.css.files.length > 0 ? `; CSS ${fmt(kb(size.css.gzip))} KB gzip` : '';
    figures.push(
      figure({
        name: `popup.bundle.${id}.gzip`,
        label: `${what}: JS loaded at start, gzip`,
        value: kb(size.firstFrame.gzip),
        unit: 'KB',
        target: size.entry === 'popup' ? { max: POPUP_FIRST_FRAME_KB } : null,
        notes: `${size.firstFrame.files.join(', ')}${css}`,
      }),
      figure({ name: `popup.bundle.${id}.raw`, label: `${what}: JS loaded at start, raw`, value: kb(size.firstFrame.raw), unit: 'KB' }),
    );
    if (size.lazy.files.length > 0) {
      figures.push(
        figure({
          name: `popup.bundle.${id}.lazy-gzip`,
          label: `${what}: JS loaded later (dynamic imports), gzip`,
          value: kb(size.lazy.gzip),
          unit: 'KB',
          notes: `raw ${fmt(kb(size.lazy.raw))} KB: ${size.lazy.files.join(', ')}`,
        }),
      );
    }
  }
  return figures;
}

function describeOpens(timings: readonly OpenTiming[], warmup: number, pick: (t: OpenTiming) => number): string {
  const values = timings.slice(warmup).map(pick);
  return `p90 ${fmt(percentile(values, 90))} ms over ${values.length} opens after ${warmup} warm-up; the very first (cold) open ${fmt(pick(timings[0]!))} ms`;
}

export interface OpenRuns {
  clips: number;
  /** Every open in order, warm-up opens first. */
  library: OpenTiming[];
  empty: OpenTiming[];
  warmup: number;
}

/** Popup open → interactive (the mark), against the same popup over an empty database. */
export function openFigures({ clips, library, empty, warmup }: OpenRuns): Figure[] {
  const figures: Figure[] = [];
  const timed = (timings: OpenTiming[], pick: (t: OpenTiming) => number) => median(timings.slice(warmup).map(pick));
  const marked = [...library, ...empty].every((t) => t.interactive !== null);
  const count = clips.toLocaleString('en-US');
  const label = `Popup open → interactive, form filled from a saved clip, ${count} clips`;
  if (marked) {
    const checked = library.filter((t) => t.filled !== null);
    const filled = checked.filter((t) => t.filled === true).length;
    const fill = checked.length > 0 ? `; the saved TL;DR was in the form in ${filled}/${checked.length} opens` : '; no #field-tldr to check the form against';
    const measured = figure({
      name: 'popup.open.interactive',
      label,
      value: timed(library, (t) => t.interactive!),
      unit: 'ms',
      baseline: timed(empty, (t) => t.interactive!),
      baselineName: 'same popup, empty database',
      target: { max: 100 },
      notes: `${describeOpens(library, warmup, (t) => t.interactive!)}${fill}`,
    });
    // A mark set before the saved clip is on screen does not time what the target is about.
    const wrong = checked.length > 0 && filled < checked.length;
    figures.push(wrong ? { ...measured, met: null, notes: `not judged: the form did not show the saved clip in every open; ${measured.notes}` } : measured);
  } else {
    figures.push(
      notMeasured({
        name: 'popup.open.interactive',
        label,
        unit: 'ms',
        target: { max: 100 },
        reason: 'the popup sets no performance.mark("gleaner:interactive") yet (see the method); the load event below stands in',
      }),
    );
  }
  figures.push(
    figure({
      name: 'popup.open.load',
      label: `Popup open → load event (scripts ran; data may not be shown yet), ${count} clips`,
      value: timed(library, (t) => t.load),
      unit: 'ms',
      baseline: timed(empty, (t) => t.load),
      baselineName: 'same popup, empty database',
      notes: `DOMContentLoaded ${fmt(timed(library, (t) => t.domContentLoaded))} ms; ${describeOpens(library, warmup, (t) => t.load)}`,
    }),
  );
  return figures;
}
