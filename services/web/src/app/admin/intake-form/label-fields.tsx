import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/field';
import { languageName } from '../shared/language-name';
import type { LabelDraft } from './question-drafts';

interface LabelFieldsProps {
  legend: string;
  labels: LabelDraft;
  /** The centre's languages, its first first: that one is required. */
  languages: readonly string[];
  /** The field path the errors are keyed by: `questions.0.labels`. */
  path: string;
  errors: Readonly<Record<string, string>>;
  required: boolean;
  maxLength: number;
  multiline?: boolean;
  onChange: (language: string, text: string) => void;
}

/** One text per language of the centre, each labelled with the language's name in the reader's language. */
export function LabelFields({ legend, labels, languages, path, errors, required, maxLength, multiline = false, onChange }: LabelFieldsProps) {
  const { i18n } = useTranslation('admin');
  const shown = [...languages, ...Object.keys(labels).filter((language) => !languages.includes(language))];
  return (
    <fieldset className="admin-fieldset admin-labels">
      <legend>{legend}</legend>
      {shown.map((language, index) => (
        <Field key={language} label={languageName(language, i18n.language)} required={required && index === 0} error={errors[`${path}.${language}`]}>
          {(control) =>
            multiline ? (
              <textarea {...control} lang={language} rows={2} maxLength={maxLength} value={labels[language] ?? ''} onChange={(event) => onChange(language, event.target.value)} />
            ) : (
              <input {...control} lang={language} type="text" maxLength={maxLength} value={labels[language] ?? ''} onChange={(event) => onChange(language, event.target.value)} />
            )
          }
        </Field>
      ))}
    </fieldset>
  );
}
