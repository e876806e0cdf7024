import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/field';
import { LabelFields } from './label-fields';
import { MAX_ID, MAX_OPTION_LABEL, withOptionLabel, type OptionDraft } from './question-drafts';

interface OptionEditorProps {
  option: OptionDraft;
  index: number;
  question: number;
  languages: readonly string[];
  path: string;
  errors: Readonly<Record<string, string>>;
  onChange: (option: OptionDraft) => void;
  onRemove: () => void;
}

/** One choice of a choice question: its id and its text in each language. */
export function OptionEditor({ option, index, question, languages, path, errors, onChange, onRemove }: OptionEditorProps) {
  const { t } = useTranslation('admin');
  return (
    <li className="admin-option">
      <LabelFields
        legend={t('intakeForm.option.legend', { number: index + 1, question })}
        labels={option.labels}
        languages={languages}
        path={`${path}.labels`}
        errors={errors}
        required
        maxLength={MAX_OPTION_LABEL}
        onChange={(language, text) => onChange(withOptionLabel(option, language, text, languages[0]))}
      />
      <Field label={t('intakeForm.option.id', { number: index + 1 })} hint={t('intakeForm.idHint')} required error={errors[`${path}.id`]}>
        {(control) => (
          <input {...control} type="text" autoComplete="off" spellCheck={false} maxLength={MAX_ID} value={option.id} onChange={(event) => onChange({ ...option, id: event.target.value, idEdited: true })} />
        )}
      </Field>
      <div className="admin-actions">
        <button type="button" className="secondary" onClick={onRemove}>
          {t('intakeForm.option.remove', { number: index + 1, question })}
        </button>
      </div>
    </li>
  );
}
