import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../i18n/format';
import { useCan, useSession } from '../session/session';
import { Page } from '../ui/page';
import { summaryOf } from './error-summary';
import type { IntakeForm, PersonMatch } from './intake-api.types';
import { intakeFormQuery, postIntake, searchMatches } from './intake-api';
import { matchFingerprint, matchQueryOf } from './intake-body';
import { focusField } from './intake-controls';
import type { PersonChoice } from './intake-draft';
import { intakeStore, newIdempotencyKey } from './intake-draft.store';
import { IntakeResultView } from './intake-result';
import { fieldOfApiPath, REVIEW_STEP, STEP_IDS, STEPS, stepOfField, type StepId } from './intake-steps';
import { submitDraft } from './intake-submit';
import { MatchStatus, StepList, SubmitStatus } from './intake-status';
import { localLabel } from './steps/questions-step';
import { validateDraft, type FieldProblems } from './intake-validation';
import { ReturningPerson } from './returning-person';
import { ConsentStep } from './steps/consent-step';
import { DocumentsStep } from './steps/documents-step';
import { HouseholdStep } from './steps/household-step';
import { PersonStep } from './steps/person-step';
import { QuestionsStep } from './steps/questions-step';
import { ReviewStep } from './steps/review-step';
import { ChildProtectionStep, GenderBasedViolenceStep, TraffickingStep, UrgentNeedsStep } from './steps/screen-steps';
import { SituationStep } from './steps/situation-step';
import { WorkStep } from './steps/work-step';
import type { StepProps } from './steps/step-props';
import { useIntakeLabels } from './use-intake-labels';
import './intake.css';

/** The intake interview, for the roles that may record one (the navigation shows it only to them). */
export function IntakeScreen() {
  const { t } = useTranslation('intake');
  const can = useCan();
  const session = useSession();
  return (
    <Page title={t('title')}>
      {can('intake', 'POST /intakes') ? (
        <Interview userId={session.user.id} timeZone={session.centre?.timeZone ?? 'America/Mexico_City'} />
      ) : (
        <p role="alert" className="error-message">
          {t('forbidden')}
        </p>
      )}
    </Page>
  );
}

type MatchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'failed'; error: unknown; continueTo: number }
  | { status: 'choosing'; matches: PersonMatch[]; fingerprint: string; continueTo: number };

/** Where focus goes after the next render: the step heading, the error summary, or a field. */
type FocusTarget = { kind: 'heading' } | { kind: 'summary' } | { kind: 'field'; path: string } | { kind: 'alert' };

function Interview({ userId, timeZone }: { userId: string; timeZone: string }) {
  intakeStore.claim(userId);
  const session = useSyncExternalStore(intakeStore.subscribe, intakeStore.get);
  const labels = useIntakeLabels();
  const { t } = labels;
  const { i18n } = useTranslation('intake');
  const queries = useQueryClient();
  const form = useQuery(intakeFormQuery);
  const today = todayIn(timeZone);
  const context = useMemo(() => ({ today, form: form.data ?? null }), [today, form.data]);
  const { draft, step, checkedSteps, apiErrors, submit, result } = session;
  const problems = useMemo(() => validateDraft(draft, context), [draft, context]);
  const [match, setMatch] = useState<MatchState>({ status: 'idle' });

  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  // A request to move focus, honoured once the screen has rendered what it asks for.
  const [focusRequest, setFocusRequest] = useState<{ target: FocusTarget; seq: number } | null>(null);
  const requestFocus = useCallback((target: FocusTarget) => setFocusRequest((last) => ({ target, seq: (last?.seq ?? 0) + 1 })), []);
  useEffect(() => {
    if (focusRequest === null) return;
    const { target } = focusRequest;
    if (target.kind === 'summary' && summary.current) summary.current.focus();
    else if (target.kind === 'alert' && alert.current) alert.current.focus();
    else if (target.kind === 'field' && focusField(target.path)) return;
    else heading.current?.focus();
  }, [focusRequest]);

  /** The API's errors, on the field the interviewer typed in. */
  const apiByField = useMemo(() => Object.fromEntries(Object.entries(apiErrors).map(([path, message]) => [fieldOfApiPath(path), message])), [apiErrors]);
  /** The client's problems shown: on the steps the interviewer has tried to leave (or to send). */
  const shown: FieldProblems = useMemo(() => Object.fromEntries(Object.entries(problems).filter(([path]) => checkedSteps.includes(stepOfField(path)))), [problems, checkedSteps]);
  const error = useCallback(
    (path: string): string | undefined => {
      const fromApi = apiByField[path];
      if (fromApi !== undefined) return t('apiError', { message: fromApi });
      const problem = shown[path];
      return problem ? labels.problem(problem) : undefined;
    },
    [apiByField, shown, labels, t],
  );
  const edit = useCallback<StepProps['edit']>((change, fields) => intakeStore.edit(change, fields), []);

  const goTo = useCallback(
    (index: number, focus: FocusTarget = { kind: 'heading' }) => {
      setMatch({ status: 'idle' });
      requestFocus(focus);
      intakeStore.update((current) => ({ ...current, step: Math.max(0, Math.min(REVIEW_STEP, index)) }));
    },
    [requestFocus],
  );

  const decide = (fingerprint: string, choice: PersonChoice, continueTo: number) => {
    intakeStore.edit((current) => ({ ...current, match: { fingerprint, choice } }), ['person']);
    goTo(continueTo);
  };

  /** Looks for the person among those the centre serves, unless that was answered for what is typed now. */
  const checkReturningPerson = async (continueTo: number, then: () => void) => {
    const fingerprint = matchFingerprint(draft);
    if (draft.match?.fingerprint === fingerprint) return then();
    const query = matchQueryOf(draft);
    if (query === null) {
      intakeStore.edit((current) => ({ ...current, match: { fingerprint, choice: { kind: 'new' } } }), ['person']);
      return then();
    }
    setMatch({ status: 'searching' });
    try {
      const found = await searchMatches(query);
      if (found.length === 0) {
        setMatch({ status: 'idle' });
        intakeStore.edit((current) => ({ ...current, match: { fingerprint, choice: { kind: 'new' } } }), ['person']);
        then();
      } else {
        requestFocus({ kind: 'heading' });
        setMatch({ status: 'choosing', matches: found, fingerprint, continueTo });
      }
    } catch (failure) {
      requestFocus({ kind: 'alert' });
      setMatch({ status: 'failed', error: failure, continueTo });
    }
  };

  const send = async () => {
    const outcome = await submitDraft(intakeStore, postIntake, context);
    if (outcome === 'recorded') await queries.invalidateQueries({ queryKey: ['case'] });
    else requestFocus(outcome === 'invalid' ? { kind: 'summary' } : { kind: 'alert' });
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    const id = STEP_IDS[step];
    if (id === 'review') {
      intakeStore.update((current) => ({ ...current, checkedSteps: STEP_IDS.map((_id, index) => index) }));
      if (Object.keys(problems).length > 0) {
        requestFocus({ kind: 'summary' });
        return;
      }
      void checkReturningPerson(REVIEW_STEP, () => void send());
      return;
    }
    if (!checkedSteps.includes(step)) intakeStore.update((current) => ({ ...current, checkedSteps: [...current.checkedSteps, step] }));
    const own = Object.keys(problems).some((path) => stepOfField(path) === step) || Object.keys(apiByField).some((path) => stepOfField(path) === step);
    if (own) {
      requestFocus({ kind: 'summary' });
      return;
    }
    if (id === 'documents') void checkReturningPerson(step + 1, () => goTo(step + 1));
    else goTo(step + 1);
  };

  if (result) {
    return (
      <IntakeResultView
        result={result}
        labels={labels}
        onNew={() => {
          intakeStore.reset();
          requestFocus({ kind: 'heading' });
        }}
      />
    );
  }

  const stepProps: StepProps = { draft, edit, error, labels };
  const id = STEP_IDS[step] ?? 'person';
  const stepTitle = t(STEPS[step]?.title ?? 'steps.person');
  const visible: Record<string, unknown> = { ...shown, ...apiByField };
  const formData = form.data ?? null;
  const summaryItems = summaryOf(
    Object.keys(visible).filter((path) => id === 'review' || stepOfField(path) === step),
    {
      t: (key, values) => t(key, values ?? {}),
      message: error,
      questionLabel: (questionId) => {
        const question = formData?.questions.find((item) => item.id === questionId);
        return question && formData ? localLabel(question.labels, i18n.language, formData).text : undefined;
      },
    },
    id === 'review',
  );
  const stepsInError = new Set(Object.keys(visible).map(stepOfField));

  return (
    <div className="intake">
      <StepList step={step} stepsInError={stepsInError} goTo={goTo} labels={labels} />
      <div className="intake-step">
        {match.status === 'choosing' ? (
          <ReturningPerson
            matches={match.matches}
            labels={labels}
            headingRef={heading}
            onBack={() => {
              requestFocus({ kind: 'heading' });
              setMatch({ status: 'idle' });
            }}
            onDecide={(choice) => decide(match.fingerprint, choice, match.continueTo)}
          />
        ) : (
          <form noValidate onSubmit={next} aria-labelledby="intake-step-title">
            <h2 id="intake-step-title" ref={heading} tabIndex={-1}>
              <span className="step-count">{t('progress', { current: step + 1, total: STEPS.length })}</span> {stepTitle}
            </h2>
            {summaryItems.length > 0 ? (
              <div className="error-summary" role="group" tabIndex={-1} ref={summary} aria-labelledby="intake-error-summary">
                <h3 id="intake-error-summary">{t('summary.title', { count: summaryItems.length })}</h3>
                <ul>
                  {summaryItems.map((item) => (
                    <li key={item.path}>
                      <button type="button" className="link-button" onClick={() => goTo(stepOfField(item.path), { kind: 'field', path: item.path })}>
                        {item.text}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <StepBody id={id} props={stepProps} form={form} language={i18n.language} goTo={(target) => goTo(STEP_IDS.indexOf(target))} />
            <MatchStatus
              state={match}
              labels={labels}
              alertRef={alert}
              onRetry={(continueTo) => void checkReturningPerson(continueTo, () => goTo(continueTo))}
              onSkip={(continueTo) => decide(matchFingerprint(draft), { kind: 'new' }, continueTo)}
            />
            {id === 'review' ? (
              <SubmitStatus
                submit={submit}
                labels={labels}
                alertRef={alert}
                onRetry={() => void send()}
                onNewKey={() => {
                  intakeStore.update((current) => ({ ...current, idempotencyKey: newIdempotencyKey() }));
                  void send();
                }}
              />
            ) : null}
            <div className="step-actions">
              {step > 0 ? (
                <button type="button" className="secondary" onClick={() => goTo(step - 1)}>
                  {t('back')}
                </button>
              ) : null}
              <button type="submit" disabled={submit.status === 'sending' || match.status === 'searching'}>
                {id === 'review' ? t('submit') : t('next')}
              </button>
            </div>
          </form>
        )}
      </div>
    </div>
  );
}

/** The current step's own fields. */
function StepBody({ id, props, form, language, goTo }: { id: StepId; props: StepProps; form: ReturnType<typeof useQuery<IntakeForm>>; language: string; goTo: (step: StepId) => void }) {
  switch (id) {
    case 'person':
      return <PersonStep {...props} />;
    case 'situation':
      return <SituationStep {...props} />;
    case 'documents':
      return <DocumentsStep {...props} />;
    case 'work':
      return <WorkStep {...props} />;
    case 'household':
      return <HouseholdStep {...props} />;
    case 'childProtection':
      return <ChildProtectionStep {...props} />;
    case 'genderBasedViolence':
      return <GenderBasedViolenceStep {...props} />;
    case 'trafficking':
      return <TraffickingStep {...props} />;
    case 'urgentNeeds':
      return <UrgentNeedsStep {...props} />;
    case 'consents':
      return <ConsentStep {...props} />;
    case 'questions':
      return <QuestionsStep {...props} form={form} language={language} />;
    case 'review':
      return <ReviewStep draft={props.draft} form={form.data ?? null} language={language} labels={props.labels} goTo={goTo} />;
  }
}
