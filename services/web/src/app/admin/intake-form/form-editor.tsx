import { useMutation } from '@tanstack/react-query';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/clients';
import { ApiError, fieldErrors, unwrap } from '../../api/problem';
import { AdminError } from '../shared/admin-error';
import { ConfirmAction } from '../shared/confirm-action';
import { StatusMessage } from '../shared/status-message';
import { QuestionEditor } from './question-editor';
import { draftsFromForm, MAX_QUESTIONS, moved, newQuestion, questionErrors, revisionBody, type IntakeForm, type QuestionDraft } from './question-drafts';

interface FormEditorProps {
  form: IntakeForm;
  onSaved: (form: IntakeForm) => void;
  /** A newer version was saved elsewhere: load it (the edits here are dropped). */
  onReload: () => void;
}

/** The centre's questions being edited from one version; saving makes the next version. */
export function FormEditor({ form, onSaved, onReload }: FormEditorProps) {
  const { t } = useTranslation('admin');
  const [questions, setQuestions] = useState<QuestionDraft[]>(() => draftsFromForm(form));
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  const original = useMemo(() => JSON.stringify(revisionBody(draftsFromForm(form), form.version)), [form]);
  const changed = JSON.stringify(revisionBody(questions, form.version)) !== original;

  const save = useMutation({
    mutationFn: (questionsToSave: QuestionDraft[]) => unwrap(api.intake.PUT('/intake-form', { body: revisionBody(questionsToSave, form.version) })),
    onSuccess: (saved) => onSaved(saved),
  });

  const mistakes = questionErrors(questions, form.languages);
  const fromApi = fieldErrors(save.error);
  const errors: Record<string, string> = { ...fromApi };
  if (tried) for (const [field, key] of Object.entries(mistakes)) errors[field] = t(key);
  const errorCount = Object.keys(errors).length;

  const focusQuestion = (key: string | undefined) =>
    requestAnimationFrame(() => {
      const heading = key ? list.current?.querySelector<HTMLElement>(`[data-question="${key}"]`) : null;
      (heading ?? addButton.current)?.focus();
    });

  const change = (next: QuestionDraft[]) => {
    setQuestions(next);
    setStatus(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setStatus(null);
    if (!changed) return setStatus(t('intakeForm.noChanges'));
    if (Object.keys(mistakes).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    save.mutate(questions);
  };

  const conflict = save.error instanceof ApiError && save.error.code === 'INTAKE.FORM_VERSION_CONFLICT';

  return (
    <form onSubmit={submit} noValidate className="admin-form">
      <div ref={list}>
        {questions.length === 0 ? <p>{t('intakeForm.empty')}</p> : null}
        <ol className="admin-questions">
          {questions.map((question, index) => (
            <QuestionEditor
              key={question.key}
              question={question}
              index={index}
              count={questions.length}
              languages={form.languages}
              errors={errors}
              onChange={(edited) => change(questions.map((each) => (each.key === question.key ? edited : each)))}
              onMove={(by) => {
                change(moved(questions, index, by));
                setStatus(t('intakeForm.moved', { number: index + 1 + by }));
                focusQuestion(question.key);
              }}
              onRemove={() => {
                const next = questions.filter((each) => each.key !== question.key);
                change(next);
                setStatus(t('intakeForm.removed', { number: index + 1 }));
                focusQuestion((next[index] ?? next[index - 1])?.key);
              }}
            />
          ))}
        </ol>
      </div>
      {questions.length < MAX_QUESTIONS ? (
        <div className="admin-actions">
          <button
            ref={addButton}
            type="button"
            className="secondary"
            onClick={() => {
              const added = newQuestion(form.languages);
              change([...questions, added]);
              focusQuestion(added.key);
            }}
          >
            {t('intakeForm.add')}
          </button>
        </div>
      ) : null}
      <div className="admin-save-bar">
        {errorCount > 0 ? (
          <p ref={summary} tabIndex={-1} role="alert" className="error-message">
            {t('intakeForm.errorCount', { count: errorCount })}
          </p>
        ) : null}
        {save.isError && !(save.error instanceof ApiError && save.error.status === 422 && Object.keys(fromApi).length > 0) ? <AdminError error={save.error} /> : null}
        {conflict ? (
          <div className="admin-actions">
            <button type="button" className="secondary" onClick={onReload}>
              {t('intakeForm.reload')}
            </button>
          </div>
        ) : null}
        <div className="admin-actions">
          <button type="submit" disabled={save.isPending}>
            {t('intakeForm.save', { version: form.version + 1 })}
          </button>
          {changed ? (
            <ConfirmAction
              label={t('intakeForm.discard')}
              question={t('intakeForm.discardQuestion')}
              confirmLabel={t('intakeForm.discardConfirm')}
              cancelLabel={t('cancel')}
              onConfirm={() => {
                change(draftsFromForm(form));
                setTried(false);
                save.reset();
                setStatus(t('intakeForm.discarded'));
              }}
            />
          ) : null}
        </div>
        <StatusMessage>{status}</StatusMessage>
      </div>
    </form>
  );
}
