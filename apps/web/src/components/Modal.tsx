import { type ReactNode, useEffect, useId, useRef } from 'react';
import { Icon } from './Icon';

const WIDTH = { normal: '', wide: 'sm:max-w-2xl', wider: 'sm:max-w-3xl', widest: 'sm:max-w-6xl' } as const;

/**
 * A modal <dialog> with a title: the platform traps focus and closes it on Escape.
 * Its content is only rendered while open, so each opening starts fresh; focus starts on the element
 * marked data-autofocus, if any. `closeButton={false}` leaves out the × for dialogs that end in their
 * own buttons (a confirmation's Cancel).
 */
export function Modal({
  open,
  title,
  onClose,
  width = 'normal',
  closeButton = true,
  children,
}: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  width?: keyof typeof WIDTH;
  closeButton?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first control (the close button); the content may name a better one.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="modal modal-bottom sm:modal-middle"
      onClose={onClose}
      aria-labelledby={titleId}
    >
      <div className={`modal-box flex flex-col gap-4 ${WIDTH[width]}`}>
        <div className="flex items-start justify-between gap-3">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {closeButton && (
            <button type="button" className="btn btn-ghost btn-sm btn-square -mt-1 -mr-2" onClick={onClose}>
              <Icon name="x" className="size-5" />
              <span className="sr-only">Close</span>
            </button>
          )}
        </div>
        {open && children}
      </div>
      <form method="dialog" className="modal-backdrop">
        <button type="submit" tabIndex={-1}>
          Close
        </button>
      </form>
    </dialog>
  );
}
