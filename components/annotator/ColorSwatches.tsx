import { HIGHLIGHT_COLORS, type HighlightColor } from '@/lib/annotate/types';
import type { Translate } from '@/lib/i18n';
import { COLOR_NAMES, SWATCHES } from './colors';

export interface ColorSwatchesProps {
  value: HighlightColor | null;
  onPick: (color: HighlightColor) => void;
  t: Translate;
}

/** One round button per highlight colour; the current one is pressed. */
export function ColorSwatches({ value, onPick, t }: ColorSwatchesProps) {
  return (
    <div class="swatches" role="group" aria-label={t('annotateColorLabel')}>
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          class="swatch"
          style={{ backgroundColor: SWATCHES[color] }}
          aria-label={t(COLOR_NAMES[color])}
          title={t(COLOR_NAMES[color])}
          aria-pressed={value === color}
          onClick={() => onPick(color)}
        />
      ))}
    </div>
  );
}
