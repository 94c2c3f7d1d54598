import { READING_STATUSES, type ReadingStatus } from '@/lib/clip/model';
import type { MessageKey, Translate } from '@/lib/i18n';

export interface ReadingControlsProps {
  status: ReadingStatus;
  rating: number | null;
  t: Translate;
  onStatus(status: ReadingStatus): void;
  onRating(rating: number | null): void;
}

const STATUS_LABELS: Record<ReadingStatus, MessageKey> = {
  'to-read': 'statusToRead',
  reading: 'statusReading',
  done: 'statusDone',
};

/** Reading status as a segmented radio group, and an optional 1–5 rating. */
export function ReadingControls({ status, rating, t, onStatus, onRating }: ReadingControlsProps) {
  return (
    <div class="reading-controls">
      <fieldset class="segmented">
        <legend class="visually-hidden">{t('fieldStatus')}</legend>
        {READING_STATUSES.map((value) => (
          <label key={value} class={value === status ? 'is-on' : undefined}>
            <input type="radio" name="status" value={value} checked={value === status} onChange={() => onStatus(value)} />
            {t(STATUS_LABELS[value])}
          </label>
        ))}
      </fieldset>
      <fieldset class="rating">
        <legend class="visually-hidden">{t('fieldRating')}</legend>
        {[1, 2, 3, 4, 5].map((stars) => (
          <label key={stars} class={rating !== null && stars <= rating ? 'is-on' : undefined} title={t('ratingStars', stars)}>
            <input type="radio" name="rating" value={stars} checked={rating === stars} onChange={() => onRating(stars)} aria-label={t('ratingStars', stars)} />
            ★
          </label>
        ))}
        {rating !== null && (
          <button type="button" class="link-button" onClick={() => onRating(null)}>
            {t('ratingClear')}
          </button>
        )}
      </fieldset>
    </div>
  );
}
