import {
  CHILD_PROTECTION_QUESTIONS,
  CONTROL_METHODS,
  CONTROLLERS,
  GBV_QUESTIONS,
  SCREEN_ANSWERS,
  TRAFFICKING_QUESTIONS,
  URGENT_NEEDS_QUESTIONS,
  type ControlMethod,
  type Controller,
  type ScreenAnswer,
} from '../intake-api.types';
import { CheckboxGroup, RadioGroup } from '../intake-controls';
import type { ScreensDraft, YesNoUnknown } from '../intake-draft';
import { ANSWER_LABELS, CHILD_PROTECTION_LABELS, CONTROL_LABELS, CONTROLLER_LABELS, GBV_LABELS, TRAFFICKING_LABELS, URGENT_NEEDS_LABELS } from '../intake-option-keys';
import type { StepProps } from './step-props';

type AnswerScreen = 'childProtection' | 'genderBasedViolence' | 'urgentBasicNeeds';

/** Yes / no / not known questions of one screen: every one needs an answer ("not known" is an answer). */
function Questions({
  screen,
  questions,
  questionLabels,
  draft,
  edit,
  error,
  labels,
}: StepProps & { screen: AnswerScreen; questions: readonly string[]; questionLabels: Readonly<Record<string, string>> }) {
  const answers: Readonly<Record<string, YesNoUnknown>> = draft.screens[screen];
  const answerOptions = labels.options(SCREEN_ANSWERS, ANSWER_LABELS);
  const path = `interview.screens.${screen}`;
  return (
    <>
      {questions.map((question) => (
        <RadioGroup<ScreenAnswer>
          key={question}
          path={`${path}.${question}`}
          legend={labels.t(questionLabels[question] ?? '')}
          required
          inline
          value={answers[question] ?? ''}
          options={answerOptions}
          onChange={(value) =>
            edit((current) => ({ ...current, screens: { ...current.screens, [screen]: { ...current.screens[screen], [question]: value } } }), [`${path}.${question}`])
          }
          error={error(`${path}.${question}`)}
        />
      ))}
    </>
  );
}

export function ChildProtectionStep(props: StepProps) {
  return (
    <>
      <p className="field-hint">{props.labels.t('screens.childProtectionIntro')}</p>
      <Questions {...props} screen="childProtection" questions={CHILD_PROTECTION_QUESTIONS} questionLabels={CHILD_PROTECTION_LABELS} />
    </>
  );
}

export function GenderBasedViolenceStep(props: StepProps) {
  return (
    <>
      <p className="field-hint">{props.labels.t('screens.gbvIntro')}</p>
      <Questions {...props} screen="genderBasedViolence" questions={GBV_QUESTIONS} questionLabels={GBV_LABELS} />
    </>
  );
}

export function UrgentNeedsStep(props: StepProps) {
  return (
    <>
      <p className="field-hint">{props.labels.t('screens.urgentIntro')}</p>
      <Questions {...props} screen="urgentBasicNeeds" questions={URGENT_NEEDS_QUESTIONS} questionLabels={URGENT_NEEDS_LABELS} />
    </>
  );
}

/** Trafficking and forced labour: the HTCDS methods of control, who exercises them, debts and unpaid work. */
export function TraffickingStep({ draft, edit, error, labels }: StepProps) {
  const { t } = labels;
  const screen = draft.screens.traffickingForcedLabour;
  const path = 'interview.screens.traffickingForcedLabour';
  const set = <K extends keyof ScreensDraft['traffickingForcedLabour']>(key: K, value: ScreensDraft['traffickingForcedLabour'][K], fields: readonly string[]) =>
    edit((current) => ({ ...current, screens: { ...current.screens, traffickingForcedLabour: { ...current.screens.traffickingForcedLabour, [key]: value } } }), fields);
  const answerOptions = labels.options(SCREEN_ANSWERS, ANSWER_LABELS);
  return (
    <>
      <p className="field-hint">{t('screens.traffickingIntro')}</p>
      <CheckboxGroup<ControlMethod>
        columns
        path={`${path}.methodsOfControl`}
        legend={t('screens.methodsOfControl')}
        hint={t('screens.methodsOfControlHint')}
        values={screen.methodsOfControl}
        options={labels.options(CONTROL_METHODS, CONTROL_LABELS)}
        onChange={(methods) => set('methodsOfControl', methods, [`${path}.methodsOfControl`, `${path}.controlledBy`])}
        error={error(`${path}.methodsOfControl`)}
      />
      {screen.methodsOfControl.length > 0 || screen.controlledBy.length > 0 ? (
        <CheckboxGroup<Controller>
          path={`${path}.controlledBy`}
          legend={t('screens.controlledBy')}
          values={screen.controlledBy}
          options={labels.options(CONTROLLERS, CONTROLLER_LABELS)}
          onChange={(controllers) => set('controlledBy', controllers, [`${path}.controlledBy`])}
          error={error(`${path}.controlledBy`)}
        />
      ) : null}
      {TRAFFICKING_QUESTIONS.map((question) => (
        <RadioGroup<ScreenAnswer>
          key={question}
          path={`${path}.${question}`}
          legend={t(TRAFFICKING_LABELS[question])}
          required
          inline
          value={screen[question]}
          options={answerOptions}
          onChange={(value) => set(question, value, [`${path}.${question}`])}
          error={error(`${path}.${question}`)}
        />
      ))}
      <p className="notice" role="note">
        {t('screens.hotline')}
      </p>
    </>
  );
}
