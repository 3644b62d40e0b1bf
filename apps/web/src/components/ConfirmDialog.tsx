import type { ReactNode } from 'react';
import { BusyButton } from './BusyButton';
import { Modal } from './Modal';

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  tone?: 'error' | 'primary';
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A question with Cancel and a confirm button; Escape cancels. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  tone = 'error',
  busy,
  onConfirm,
  onCancel,
}: Props) {
  return (
    <Modal open={open} title={title} onClose={onCancel} closeButton={false}>
      <div className="text-base-content/80">{children}</div>
      <div className="modal-action mt-2">
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          Cancel
        </button>
        <BusyButton
          busy={busy}
          className={`btn ${tone === 'error' ? 'btn-error' : 'btn-primary'}`}
          onClick={onConfirm}
        >
          {confirmLabel}
        </BusyButton>
      </div>
    </Modal>
  );
}
