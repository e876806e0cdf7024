import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/field';
import { LabelFields } from './label-fields';
import { OptionEditor } from './option-editor';
import {
  isChoice,
  labelIn,
  MAX_HELP,
  MAX_ID,
  MAX_LABEL,
  MAX_OPTIONS,
  newOption,
  QUESTION_TYPES,
  withLabel,
  withType,
  type QuestionDraft,
} from './question-drafts';
import { QUESTION_TYPE_LABELS } from './question-labels';

interface QuestionEditorProps {
  question: QuestionDraft;
  index: number;
  count: number;
  languages: readonly string[];
  errors: Readonly<Record<string, string>>;
  onChange: (question: QuestionDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One of the centre's questions: its text per language, kind, id, whether it must be answered, its hint and options. */
export function QuestionEditor({ question, index, count, languages, errors, onChange, onMove, onRemove }: QuestionEditorProps) {
  const { t } = useTranslation('admin');
  const headingId = useId();
  const path = `questions.${index}`;
  const number = index + 1;
  const hasHelp = Object.values(question.help).some((text) => text.trim() !== '');
  const helpErrors = Object.keys(errors).some((field) => field.startsWith(`${path}.help.`));
  const [showHelp, setShowHelp] = useState(hasHelp);
  const label = labelIn(question.labels, languages);

  return (
    <li className="admin-question">
      <h3 id={headingId} tabIndex={-1} data-question={question.key}>
        {label ? t('intakeForm.questionHeading', { number, label }) : t('intakeForm.newQuestionHeading', { number })}
      </h3>
      <LabelFields
        legend={t('intakeForm.text')}
        labels={question.labels}
        languages={languages}
        path={`${path}.labels`}
        errors={errors}
        required
        maxLength={MAX_LABEL}
        onChange={(language, text) => onChange(withLabel(question, language, text, languages[0]))}
      />
      {question.saved ? (
        <>
        <dl className="admin-facts">
          <div>
            <dt>{t('intakeForm.type')}</dt>
            <dd>{t(QUESTION_TYPE_LABELS[question.type])}</dd>
          </div>
          <div>
            <dt>{t('intakeForm.id')}</dt>
            <dd>
              <code>{question.id}</code>
            </dd>
          </div>
        </dl>
        <p className="field-hint">{t('intakeForm.savedHint')}</p>
        </>
      ) : (
        <>
          <Field label={t('intakeForm.type')} error={errors[`${path}.type`]}>
            {(control) => (
              <select {...control} value={question.type} onChange={(event) => onChange(withType(question, event.target.value as QuestionDraft['type'], languages))}>
                {QUESTION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(QUESTION_TYPE_LABELS[type])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('intakeForm.id')} hint={t('intakeForm.idHint')} required error={errors[`${path}.id`]}>
            {(control) => (
              <input {...control} type="text" autoComplete="off" spellCheck={false} maxLength={MAX_ID} value={question.id} onChange={(event) => onChange({ ...question, id: event.target.value, idEdited: true })} />
            )}
          </Field>
        </>
      )}
      <div className="admin-check">
        <input id={`${headingId}-required`} type="checkbox" checked={question.required} onChange={(event) => onChange({ ...question, required: event.target.checked })} />
        <label htmlFor={`${headingId}-required`}>{t('intakeForm.required')}</label>
      </div>
      {showHelp || hasHelp || helpErrors ? (
        <LabelFields
          legend={t('intakeForm.help')}
          labels={question.help}
          languages={languages}
          path={`${path}.help`}
          errors={errors}
          required={false}
          multiline
          maxLength={MAX_HELP}
          onChange={(language, text) => onChange({ ...question, help: { ...question.help, [language]: text } })}
        />
      ) : (
        <div className="admin-actions">
          <button type="button" className="secondary" onClick={() => setShowHelp(true)}>
            {t('intakeForm.addHelp', { number })}
          </button>
        </div>
      )}
      {isChoice(question.type) ? (
        <fieldset className="admin-fieldset" aria-describedby={errors[`${path}.options`] ? `${headingId}-options-error` : undefined}>
          <legend>{t('intakeForm.options', { number })}</legend>
          <ol className="admin-options">
            {question.options.map((option, optionIndex) => (
              <OptionEditor
                key={option.key}
                option={option}
                index={optionIndex}
                question={number}
                languages={languages}
                path={`${path}.options.${optionIndex}`}
                errors={errors}
                onChange={(changed) => onChange({ ...question, options: question.options.map((each) => (each.key === option.key ? changed : each)) })}
                onRemove={() => onChange({ ...question, options: question.options.filter((each) => each.key !== option.key) })}
              />
            ))}
          </ol>
          {errors[`${path}.options`] ? (
            <p id={`${headingId}-options-error`} className="field-error">
              {errors[`${path}.options`]}
            </p>
          ) : null}
          {question.options.length < MAX_OPTIONS ? (
            <div className="admin-actions">
              <button type="button" className="secondary" onClick={() => onChange({ ...question, options: [...question.options, newOption(languages)] })}>
                {t('intakeForm.option.add', { number })}
              </button>
            </div>
          ) : null}
        </fieldset>
      ) : null}
      <div className="admin-actions admin-question-actions">
        {index > 0 ? (
          <button type="button" className="secondary" onClick={() => onMove(-1)}>
            {t('intakeForm.moveUp', { number })}
          </button>
        ) : null}
        {index < count - 1 ? (
          <button type="button" className="secondary" onClick={() => onMove(1)}>
            {t('intakeForm.moveDown', { number })}
          </button>
        ) : null}
        <button type="button" className="secondary admin-danger" onClick={onRemove}>
          {t('intakeForm.remove', { number })}
        </button>
      </div>
    </li>
  );
}
