import { useState, useSyncExternalStore, type Ref } from 'react';
import { ApiError } from '../api/problem';
import { ErrorMessage } from '../ui/query-state';
import { Status } from '../ui/status';
import type { SubmitState } from './intake-draft.store';
import { STEPS } from './intake-steps';
import { IDEMPOTENCY_KEY_REUSED } from './intake-submit';
import type { IntakeLabels } from './use-intake-labels';

const WIDE = '(min-width: 60rem)';
const subscribeWide = (change: () => void) => {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', change);
  return () => query.removeEventListener('change', change);
};
const isWide = () => window.matchMedia(WIDE).matches;

/** Every step, the current one marked, those with problems said so in words; folded on a phone. */
export function StepList({ step, stepsInError, goTo, labels }: { step: number; stepsInError: ReadonlySet<number>; goTo: (step: number) => void; labels: IntakeLabels }) {
  const { t } = labels;
  const wide = useSyncExternalStore(subscribeWide, isWide);
  // On a phone the list folds away again once a step is chosen, leaving the step on screen.
  const [open, setOpen] = useState(false);
  const choose = (index: number) => {
    setOpen(false);
    goTo(index);
  };
  const list = (
    <ol className="step-list">
      {STEPS.map((item, index) => (
        <li key={item.id}>
          <button type="button" className="step-link" aria-current={index === step ? 'step' : undefined} onClick={() => choose(index)}>
            <span className="step-number" aria-hidden="true">
              {index + 1}
            </span>
            <span>
              {t(item.title)}
              {stepsInError.has(index) ? <span className="step-problem"> · {t('stepHasProblems')}</span> : null}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
  return (
    <nav className="intake-steps" aria-label={t('stepsNav')}>
      {wide ? (
        list
      ) : (
        <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>{t('allSteps')}</summary>
          {list}
        </details>
      )}
    </nav>
  );
}

export type MatchSearch = { status: 'idle' } | { status: 'searching' } | { status: 'failed'; error: unknown; continueTo: number } | { status: 'choosing' };

/** The returning-person search under way, or failed (then: try again, or go on as a new person). */
export function MatchStatus({
  state,
  labels,
  onRetry,
  onSkip,
  alertRef,
}: {
  state: MatchSearch;
  labels: IntakeLabels;
  onRetry: (continueTo: number) => void;
  onSkip: (continueTo: number) => void;
  alertRef: Ref<HTMLDivElement>;
}) {
  const { t } = labels;
  if (state.status === 'failed') {
    return (
      <div className="notice notice-error" tabIndex={-1} ref={alertRef}>
        <ErrorMessage error={state.error} />
        <p>{t('matches.failed')}</p>
        <div className="button-row">
          <button type="button" onClick={() => onRetry(state.continueTo)}>
            {t('matches.retry')}
          </button>
          <button type="button" className="secondary" onClick={() => onSkip(state.continueTo)}>
            {t('matches.skip')}
          </button>
        </div>
      </div>
    );
  }
  return <Status message={state.status === 'searching' ? t('matches.searching') : ''} />;
}

/** Sending, or why it did not work and what to do: nothing typed is lost. */
export function SubmitStatus({
  submit,
  labels,
  alertRef,
  onRetry,
  onNewKey,
}: {
  submit: SubmitState;
  labels: IntakeLabels;
  alertRef: Ref<HTMLDivElement>;
  onRetry: () => void;
  onNewKey: () => void;
}) {
  const { t } = labels;
  if (submit.status !== 'failed') return <Status message={submit.status === 'sending' ? t('sending') : ''} />;
  const { problem, retryable } = submit;
  return (
    <div className="notice notice-error" tabIndex={-1} ref={alertRef}>
      {retryable ? (
        <>
          <p role="alert" className="error-message">
            {problem.status === 0 ? t('submitFailed.network') : t('submitFailed.server')}
          </p>
          <p>{t('submitFailed.kept')}</p>
          <button type="button" onClick={onRetry}>
            {t('retry')}
          </button>
        </>
      ) : problem.code === IDEMPOTENCY_KEY_REUSED ? (
        <>
          <p role="alert" className="error-message">
            {t('submitFailed.alreadyRecorded')}
          </p>
          <button type="button" className="secondary" onClick={onNewKey}>
            {t('submitFailed.recordAgain')}
          </button>
        </>
      ) : (
        <ErrorMessage
          error={new ApiError(problem)}
          codes={{
            'INTAKE.PERSON_NOT_FOUND': t('errors.personNotFound'),
            'INTAKE.DOCUMENTS_RESTRICTED': t('errors.documentsRestricted'),
            'INTAKE.PERSON_VERSION_CONFLICT': t('errors.personChanged'),
          }}
        />
      )}
    </div>
  );
}
