import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/clients';
import { unwrap } from '../../api/problem';
import { useFormat } from '../../i18n/format';
import { useCan } from '../../session/session';
import { Page } from '../../ui/page';
import { Loading } from '../../ui/query-state';
import { AdminNav } from '../admin-nav';
import { AdminError } from '../shared/admin-error';
import { NotAllowed } from '../shared/not-allowed';
import { StatusMessage } from '../shared/status-message';
import { FormEditor } from './form-editor';
import { QuestionList } from './question-list';
import type { IntakeForm } from './question-drafts';
import '../admin.css';

export const INTAKE_FORM_KEY = ['intake', 'intake-form'] as const;

/** /admin/questions: the centre's own interview questions, versioned. */
export function IntakeFormScreen() {
  const { t } = useTranslation('admin');
  const can = useCan();
  if (!can('intake', 'GET /intake-form')) return <NotAllowed title={t('intakeForm.title')} />;
  return <IntakeFormContent />;
}

function IntakeFormContent() {
  const { t } = useTranslation('admin');
  const can = useCan();
  const format = useFormat();
  const queries = useQueryClient();
  const current = useQuery({ queryKey: INTAKE_FORM_KEY, queryFn: () => unwrap(api.intake.GET('/intake-form')) });
  // The version being edited stays put while the query refreshes in the background: a version
  // saved elsewhere is offered, never swapped in under the coordinator's edits.
  const [editing, setEditing] = useState<IntakeForm | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  if (editing === null && current.data) setEditing(current.data);
  const form = editing ?? current.data;
  const newer = current.data && form && current.data.version > form.version ? current.data : null;

  return (
    <Page title={t('intakeForm.title')}>
      <AdminNav />
      <p>{t('intakeForm.intro')}</p>
      {current.isPending ? <Loading /> : null}
      {current.isError ? <AdminError error={current.error} /> : null}
      {form ? (
        <section aria-labelledby="intake-form-questions" className="admin-section">
          <h2 id="intake-form-questions">{t('intakeForm.current', { version: form.version, count: form.questions.length })}</h2>
          {form.createdAt ? <p className="field-hint">{t('intakeForm.savedOn', { date: format.dateTime(form.createdAt) })}</p> : null}
          {newer ? (
            <div className="admin-warning" role="alert">
              <p>{t('intakeForm.newer', { version: newer.version })}</p>
              <button type="button" className="secondary" onClick={() => setEditing(newer)}>
                {t('intakeForm.loadNewer', { version: newer.version })}
              </button>
            </div>
          ) : null}
          <StatusMessage>{saved}</StatusMessage>
          {can('intake', 'PUT /intake-form') ? (
            <FormEditor
              key={form.version}
              form={form}
              onSaved={(next) => {
                queries.setQueryData(INTAKE_FORM_KEY, next);
                setEditing(next);
                setSaved(t('intakeForm.saved', { version: next.version }));
              }}
              onReload={() => {
                void current.refetch().then((fresh) => {
                  if (fresh.data) setEditing(fresh.data);
                });
              }}
            />
          ) : (
            <QuestionList form={form} />
          )}
        </section>
      ) : null}
    </Page>
  );
}
