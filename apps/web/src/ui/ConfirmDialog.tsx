import { ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/useI18n';

/**
 * Asks before something consequential (archiving a project, deleting a milestone): a modal
 * `<dialog>` with a heading, the question and two buttons. The browser keeps the focus inside while
 * it is open and Escape cancels; the focus starts on "cancel", the harmless choice, and returns to
 * where it was when the dialog closes.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const textId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open || dialog.open) return undefined;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    cancelRef.current?.focus();
    return () => {
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      before?.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={headingId}
      aria-describedby={textId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {open && (
        <>
          <h2 id={headingId}>{title}</h2>
          <div id={textId}>{children}</div>
          <div className="form-actions">
            <button type="button" onClick={onConfirm} disabled={busy}>
              {confirmLabel}
            </button>
            <button type="button" className="button-secondary" ref={cancelRef} onClick={onCancel}>
              {t('action.cancel')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
