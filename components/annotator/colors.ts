import type { MessageKey } from '@/lib/i18n';
import type { HighlightColor } from '@/lib/annotate/types';

/** The message key naming each highlight colour (for labels and screen readers). */
export const COLOR_NAMES: Record<HighlightColor, MessageKey> = {
  yellow: 'annotateColorYellow',
  green: 'annotateColorGreen',
  blue: 'annotateColorBlue',
  pink: 'annotateColorPink',
  purple: 'annotateColorPurple',
};

/** Opaque swatch colours for our own UI (the page paints translucent ones, see lib/annotate/drawer.ts). */
export const SWATCHES: Record<HighlightColor, string> = {
  yellow: '#ffd500',
  green: '#46c85a',
  blue: '#3c96ff',
  pink: '#ff5aa0',
  purple: '#965ae6',
};
