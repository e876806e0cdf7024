import { useTranslation } from 'react-i18next';
import { labelIn, type IntakeForm } from './question-drafts';
import { QUESTION_TYPE_LABELS } from './question-labels';

/** The questions as staff who cannot change them read them. */
export function QuestionList({ form }: { form: IntakeForm }) {
  const { t } = useTranslation('admin');
  if (form.questions.length === 0) return <p>{t('intakeForm.empty')}</p>;
  return (
    <ol className="admin-question-list">
      {form.questions.map((question) => (
        <li key={question.id}>
          {labelIn(question.labels, form.languages)} ({t(QUESTION_TYPE_LABELS[question.type])}
          {question.required ? `, ${t('intakeForm.requiredShort')}` : ''})
        </li>
      ))}
    </ol>
  );
}
