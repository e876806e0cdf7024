import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/clients';
import { unwrap } from '../api/problem';
import { ErrorMessage } from '../ui/query-state';
import { Status } from '../ui/status';
import type { StaffReportAccess } from './report-access';

const ACCESS = { 'coordinators-and-lawyers': 'settings.coordinators-and-lawyers', 'all-staff': 'settings.all-staff' } as const satisfies Record<StaffReportAccess, string>;
const CHOICES = ['coordinators-and-lawyers', 'all-staff'] as const satisfies readonly StaffReportAccess[];

export const SETTINGS_QUERY_KEY = ['reporting', 'report-settings'] as const;

/**
 * Who among the centre's staff reads these reports: everyone sees it; the centre's coordinator
 * changes it (the service records who changed it, when, from what to what).
 */
export function ReportSettingsPanel({ access, mayChange }: { access: StaffReportAccess; mayChange: boolean }) {
  const { t } = useTranslation('reports');
  const queries = useQueryClient();
  const [choice, setChoice] = useState<StaffReportAccess>(access);
  const save = useMutation({
    mutationFn: (staffReportAccess: StaffReportAccess) => unwrap(api.reporting.PUT('/reports/settings', { body: { staffReportAccess } })),
    onSuccess: (settings) => {
      queries.setQueryData(SETTINGS_QUERY_KEY, settings);
    },
    // Changed meanwhile by someone else (409): show what stands now.
    onError: () => queries.invalidateQueries({ queryKey: SETTINGS_QUERY_KEY }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(choice);
  };
  return (
    <section className="report-settings" aria-labelledby="report-settings-heading">
      <h2 id="report-settings-heading">{t('settings.heading')}</h2>
      <p>{t('settings.current', { who: t(ACCESS[access]) })}</p>
      {mayChange ? (
        <form onSubmit={submit}>
          <fieldset>
            <legend>{t('settings.legend')}</legend>
            {CHOICES.map((value) => (
              <label key={value} className="choice">
                <input type="radio" name="staffReportAccess" value={value} checked={choice === value} onChange={() => setChoice(value)} />
                {t(ACCESS[value])}
              </label>
            ))}
          </fieldset>
          <button type="submit" disabled={save.isPending || choice === access}>
            {t('settings.save')}
          </button>
          <Status message={save.isSuccess ? t('settings.saved') : ''} tone="success" />
          {save.isError ? <ErrorMessage error={save.error} codes={{ 'REPORTING.SETTINGS_CHANGED_MEANWHILE': t('settings.changedMeanwhile') }} /> : null}
        </form>
      ) : null}
    </section>
  );
}
