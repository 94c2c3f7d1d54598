import { useEffect } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { Toast as ToastData } from './use-clip-session';

export interface ToastProps {
  toast: ToastData;
  t: Translate;
  onDismiss(): void;
}

/** How long an undoable toast stays; the trash keeps deleted clips much longer. */
const UNDO_MS = 10_000;
const INFO_MS = 3_000;

export function Toast({ toast, t, onDismiss }: ToastProps) {
  useEffect(() => {
    if (toast.error) return;
    const timer = setTimeout(onDismiss, toast.undo ? UNDO_MS : INFO_MS);
    return () => clearTimeout(timer);
  }, [toast]);
  return (
    <div class={`toast${toast.error ? ' toast--error' : ''}`} role={toast.error ? 'alert' : 'status'} aria-live="polite">
      <span>{toast.message}</span>
      {toast.undo && (
        <button type="button" class="link-button" onClick={toast.undo}>
          {t('actionUndo')}
        </button>
      )}
      <button type="button" class="toast__close" aria-label={t('actionClose')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
