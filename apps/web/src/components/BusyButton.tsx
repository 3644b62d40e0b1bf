import type { ButtonHTMLAttributes } from 'react';

interface BusyButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** While true the button shows a spinner before its label and cannot be pressed again. */
  busy: boolean | undefined;
}

/** A button that waits: every form's submit and every dialog's confirm; a plain "button" unless told "submit". */
export function BusyButton({ busy, disabled, children, type = 'button', ...rest }: BusyButtonProps) {
  return (
    <button type={type} disabled={busy || disabled} {...rest}>
      {busy && <span className="loading loading-spinner loading-sm" />}
      {children}
    </button>
  );
}
