import { useEffect, useState } from 'preact/hooks';
import type { ClipRow, GleanerDB } from '@/lib/store/db';
import { listRecent } from '@/lib/store/clips';

export interface RecentListProps {
  db: GleanerDB;
  onOpenClip(id: string): void;
}

/** The newest saved clips, without their content. */
export function RecentList({ db, onOpenClip }: RecentListProps) {
  const [clips, setClips] = useState<ClipRow[]>([]);
  useEffect(() => {
    listRecent(db, 20).then(setClips);
  }, []);
  return (
    <ul class="recent" data-testid="clip-list">
      {clips.map((clip) => (
        <li key={clip.id}>
          <button type="button" class="link-button" onClick={() => onOpenClip(clip.id)}>
            {clip.title}
          </button>
        </li>
      ))}
    </ul>
  );
}
