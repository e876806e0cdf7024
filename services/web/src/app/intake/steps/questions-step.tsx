import { useId } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorMessage, Loading } from '../../ui/query-state';
import type { IntakeForm, IntakeQuestion } from '../intake-api.types';
import type { QuestionAnswer } from '../intake-draft';
import type { StepProps } from './step-props';

/**
 * The text of a question (or option) in the interviewer's language, else in the centre's first
 * language: the coordinator writes labels at least in that one. `lang` marks text in another
 * language than the screen's, so a screen reader reads it with the right voice.
 */
export function localLabel(labels: Record<string, string>, language: string, form: IntakeForm): { text: string; lang: string | undefined } {
  const own = labels[language];
  if (own !== undefined) return { text: own, lang: undefined };
  const fallback = [...form.languages, ...Object.keys(labels)].find((code) => labels[code] !== undefined);
  return fallback === undefined ? { text: '', lang: undefined } : { text: labels[fallback] ?? '', lang: fallback };
}

/** The centre's own questions (GET /intake-form), each control as its type asks. */
export function QuestionsStep({ draft, edit, error, labels, form, language }: StepProps & { form: UseQueryResult<IntakeForm>; language: string }) {
  const { t } = labels;
  if (form.isPending) return <Loading />;
  if (form.isError)
    return (
      <>
        <ErrorMessage error={form.error} />
        <button type="button" className="secondary" onClick={() => void form.refetch()}>
          {t('questions.reload')}
        </button>
      </>
    );
  if (form.data.questions.length === 0) return <p>{t('questions.none')}</p>;
  const setAnswer = (id: string, value: QuestionAnswer) => edit((current) => ({ ...current, answers: { ...current.answers, [id]: value } }), [`answers.values.${id}`, 'answers.formVersion', 'answers']);
  return (
    <>
      {error('answers.formVersion') || error('answers.values') || error('answers') ? (
        <p className="field-error">{error('answers.formVersion') ?? error('answers.values') ?? error('answers')}</p>
      ) : null}
      {form.data.questions.map((question) => (
        <Question
          key={question.id}
          question={question}
          form={form.data}
          language={language}
          value={draft.answers[question.id] ?? null}
          onChange={(value) => setAnswer(question.id, value)}
          error={error(`answers.values.${question.id}`)}
          labels={labels}
        />
      ))}
    </>
  );
}

function Question({
  question,
  form,
  language,
  value,
  onChange,
  error,
  labels,
}: {
  question: IntakeQuestion;
  form: IntakeForm;
  language: string;
  value: QuestionAnswer;
  onChange: (value: QuestionAnswer) => void;
  error: string | undefined;
  labels: StepProps['labels'];
}) {
  const id = useId();
  const { t } = labels;
  const label = localLabel(question.labels, language, form);
  const help = question.help ? localLabel(question.help, language, form) : null;
  const hintId = help ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const path = `answers.values.${question.id}`;
  const heading = (
    <>
      <span lang={label.lang}>{label.text}</span>
      {question.required ? <span aria-hidden="true"> *</span> : null}
    </>
  );
  const hint = help ? (
    <p id={hintId} className="field-hint" lang={help.lang}>
      {help.text}
    </p>
  ) : null;
  const message = error ? (
    <p id={errorId} className="field-error">
      {error}
    </p>
  ) : null;

  if (question.type === 'single-choice' || question.type === 'multi-choice' || question.type === 'boolean') {
    const options =
      question.type === 'boolean'
        ? [
            { id: 'true', text: t('answer.yes'), lang: undefined },
            { id: 'false', text: t('answer.no'), lang: undefined },
          ]
        : (question.options ?? []).map((option) => ({ id: option.id, ...localLabel(option.labels, language, form) }));
    const multi = question.type === 'multi-choice';
    const selected = (optionId: string): boolean =>
      question.type === 'boolean' ? value === (optionId === 'true') : multi ? Array.isArray(value) && value.includes(optionId) : value === optionId;
    const choose = (optionId: string, on: boolean) => {
      if (question.type === 'boolean') onChange(optionId === 'true');
      else if (!multi) onChange(optionId);
      else {
        const current = Array.isArray(value) ? value : [];
        onChange(options.map((option) => option.id).filter((item) => (item === optionId ? on : current.includes(item))));
      }
    };
    return (
      <fieldset className={error ? 'group group-invalid' : 'group'} data-field={path} aria-describedby={describedBy}>
        <legend>{heading}</legend>
        {hint}
        {message}
        <div className={question.type === 'boolean' ? 'choices choices-inline' : 'choices'}>
          {options.map((option, index) => (
            <div className="choice" key={option.id}>
              <input
                type={multi ? 'checkbox' : 'radio'}
                id={`${id}-${index}`}
                name={id}
                checked={selected(option.id)}
                required={!multi && question.required}
                onChange={(event) => choose(option.id, event.target.checked)}
              />
              <label htmlFor={`${id}-${index}`} lang={option.lang}>
                {option.text}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    );
  }

  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{heading}</label>
      {hint}
      <input
        id={id}
        data-field={path}
        type={question.type === 'date' ? 'date' : 'text'}
        inputMode={question.type === 'number' ? 'decimal' : undefined}
        required={question.required}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => onChange(event.target.value)}
      />
      {message}
    </div>
  );
}
