/**
 * A button that asks before it does something that cannot be undone (deactivate a member of staff,
 * cancel a task, withdraw a consent). The question is a native modal `<dialog>`: the browser keeps
 * focus inside it, Escape cancels, and focus returns to the button afterwards.
 *
 * ```tsx
 * <ConfirmButton
 *   label={t('staff.deactivate')}
 *   question={t('staff.deactivateQuestion', { name })}
 *   confirmLabel={t('staff.deactivateConfirm')}
 *   onConfirm={() => deactivate.mutate()}
 *   danger
 * />
 * ```
 * Keep the mutation's pending state and error on the screen (`<ErrorMessage>`), not in the dialog.
 */
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  label: string;
  question: string;
  /** What the confirming button says: the action itself ("Deactivate"), not "OK". */
  confirmLabel: string;
  onConfirm: () => void;
  danger?: boolean;
  disabled?: boolean;
}

export function ConfirmButton({ label, question, confirmLabel, onConfirm, danger = false, disabled = false }: ConfirmButtonProps) {
  const { t } = useTranslation('common');
  const dialog = useRef<HTMLDialogElement>(null);
  const questionId = useId();
  return (
    <>
      <button type="button" className={danger ? 'danger' : 'secondary'} disabled={disabled} onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialog} className="confirm" aria-labelledby={questionId}>
        <form method="dialog">
          <p id={questionId} className="confirm-question">
            {question}
          </p>
          <div className="button-row">
            {/* The safe answer comes first: an opening dialog focuses its first control. */}
            <button type="submit" value="cancel" className="secondary">
              {t('confirm.cancel')}
            </button>
            <button
              type="submit"
              value="confirm"
              className={danger ? 'danger' : undefined}
              onClick={() => {
                onConfirm();
              }}
            >
              {confirmLabel}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
