import { useEffect, useId, useRef, useState } from 'react';

interface ConfirmActionProps {
  /** The button that asks first. */
  label: string;
  /** What will happen, asked as a question. */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  pending?: boolean;
  /** A step that cannot be undone, or locks people out: drawn as such. */
  danger?: boolean;
}

/**
 * An action confirmed in place, not in a modal: the question appears under the button and takes
 * focus (so a screen reader reads it), Escape or Cancel puts focus back on the button.
 */
export function ConfirmAction({ label, question, confirmLabel, cancelLabel, onConfirm, pending = false, danger = false }: ConfirmActionProps) {
  const [open, setOpen] = useState(false);
  const questionId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (open) questionRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      trigger.current?.focus();
    }
  }, [open]);

  const cancel = () => {
    returnFocus.current = true;
    setOpen(false);
  };
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = group.current;
    if (!open || !element) return;
    // Escape anywhere in the question (its text has the focus first) puts it away.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      returnFocus.current = true;
      setOpen(false);
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [open]);

  if (!open) {
    return (
      <button ref={trigger} type="button" className={danger ? 'secondary admin-danger' : 'secondary'} onClick={() => setOpen(true)} disabled={pending}>
        {label}
      </button>
    );
  }
  return (
    <div ref={group} role="group" aria-labelledby={questionId} className={danger ? 'admin-confirm admin-confirm-danger' : 'admin-confirm'}>
      <p id={questionId} ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <div className="admin-actions">
        <button
          type="button"
          className={danger ? 'admin-danger-solid' : undefined}
          disabled={pending}
          onClick={() => {
            returnFocus.current = true;
            setOpen(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={cancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
