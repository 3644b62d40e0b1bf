import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { Icon } from './Icon';

type Tone = 'success' | 'error' | 'info';
/** A button in the toast, such as "Undo": clicking it runs `run` and closes the toast. */
export interface ToastAction {
  label: string;
  run: () => void;
}
interface Toast {
  id: number;
  tone: Tone;
  message: string;
  action?: ToastAction;
}
type Notify = (message: string, tone?: Tone, action?: ToastAction) => void;

const ToastContext = createContext<Notify | null>(null);
const TONE_CLASS: Record<Tone, string> = {
  success: 'alert-success',
  error: 'alert-error',
  info: 'alert-info',
};

/**
 * Quiet confirmations in a corner; errors, and toasts with an action (time to reach for "Undo"), stay a little
 * longer than plain successes.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const notify = useCallback<Notify>(
    (message, tone = 'success', action) => {
      const id = nextId.current++;
      setToasts((all) => [...all.slice(-2), { id, tone, message, action }]);
      window.setTimeout(() => dismiss(id), tone === 'error' || action ? 8000 : 4000);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toast toast-end toast-bottom z-50" aria-live="polite" role="status">
        {toasts.map((t) => (
          <div key={t.id} className={`alert ${TONE_CLASS[t.tone]} shadow-lg`}>
            <Icon name={t.tone === 'error' ? 'warning' : 'check'} />
            <span>{t.message}</span>
            {t.action && (
              <button
                type="button"
                className="btn btn-sm"
                onClick={() => {
                  dismiss(t.id);
                  t.action?.run();
                }}
              >
                {t.action.label}
              </button>
            )}
            <button
              type="button"
              className="btn btn-ghost btn-xs"
              onClick={() => dismiss(t.id)}
              aria-label="Dismiss"
            >
              ✕
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): Notify {
  const notify = useContext(ToastContext);
  if (!notify) throw new Error('useToast must be used inside <ToastProvider>');
  return notify;
}
