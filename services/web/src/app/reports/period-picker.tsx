import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/field';
import { reportYears, type PeriodDraft, type PeriodField, type PeriodKind, type PeriodProblem } from './period';
import { PERIOD_KIND_LABEL } from './report-labels';

const PROBLEM = {
  invalid: 'period.problem.invalid',
  'out-of-years': 'period.problem.out-of-years',
  reversed: 'period.problem.reversed',
  'too-long': 'period.problem.too-long',
  'not-closed': 'period.problem.not-closed',
} as const satisfies Record<PeriodProblem | 'not-closed', string>;

const QUARTER = { '1': 'period.quarterName.1', '2': 'period.quarterName.2', '3': 'period.quarterName.3', '4': 'period.quarterName.4' } as const;
const QUARTERS = ['1', '2', '3', '4'] as const;

export type PeriodCheck = { field: PeriodField; problem: PeriodProblem | 'not-closed' } | null;

interface PeriodPickerProps {
  /** What the picker shows first: the period on screen. */
  initial: PeriodDraft;
  kinds: readonly PeriodKind[];
  today: string;
  /** Takes the period picked, or says which field is wrong and why. */
  onPick: (draft: PeriodDraft) => PeriodCheck;
}

/**
 * The period of a report: its kind, then the controls of that kind (a month, a quarter of a year,
 * a year, an ISO week, a day, a range of days), applied with a button so typing a year does not
 * ask for a report at every key.
 */
export function PeriodPicker({ initial, kinds, today, onPick }: PeriodPickerProps) {
  const { t } = useTranslation('reports');
  const legendId = useId();
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<PeriodCheck>(null);
  const years = reportYears(today);
  const errorOf = (field: PeriodField) => (problem?.field === field ? t(PROBLEM[problem.problem], years) : undefined);
  const set = (change: Partial<PeriodDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setProblem(null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(onPick(draft));
  };
  return (
    <form className="period-picker" onSubmit={submit} noValidate aria-labelledby={legendId}>
      <p id={legendId} className="period-legend">
        {t('period.legend')}
      </p>
      <div className="period-controls">
        <Field label={t('period.kindLabel')}>
          {(control) => (
            <select {...control} value={draft.kind} onChange={(event) => set({ kind: event.target.value as PeriodKind })}>
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(PERIOD_KIND_LABEL[kind])}
                </option>
              ))}
            </select>
          )}
        </Field>
        {draft.kind === 'month' ? (
          <Field label={t('period.month')} hint={t('period.monthHint')} error={errorOf('month')}>
            {(control) => <input {...control} type="month" value={draft.month} min="2000-01" onChange={(event) => set({ month: event.target.value })} />}
          </Field>
        ) : null}
        {draft.kind === 'quarter' ? (
          <Field label={t('period.quarter')}>
            {(control) => (
              <select {...control} value={draft.quarter} onChange={(event) => set({ quarter: event.target.value })}>
                {QUARTERS.map((quarter) => (
                  <option key={quarter} value={quarter}>
                    {t(QUARTER[quarter])}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {draft.kind === 'quarter' || draft.kind === 'year' ? (
          <Field label={t('period.year')} error={errorOf('year')}>
            {(control) => (
              <input {...control} type="number" inputMode="numeric" min={years.first} max={years.last} value={draft.year} onChange={(event) => set({ year: event.target.value })} />
            )}
          </Field>
        ) : null}
        {draft.kind === 'week' ? (
          <Field label={t('period.week')} hint={t('period.weekHint')} error={errorOf('week')}>
            {(control) => <input {...control} type="week" value={draft.week} onChange={(event) => set({ week: event.target.value })} />}
          </Field>
        ) : null}
        {draft.kind === 'day' ? (
          <Field label={t('period.day')} error={errorOf('day')}>
            {(control) => <input {...control} type="date" value={draft.day} onChange={(event) => set({ day: event.target.value })} />}
          </Field>
        ) : null}
        {draft.kind === 'range' ? (
          <>
            <Field label={t('period.from')} error={errorOf('from')}>
              {(control) => <input {...control} type="date" value={draft.from} onChange={(event) => set({ from: event.target.value })} />}
            </Field>
            <Field label={t('period.to')} error={errorOf('to')}>
              {(control) => <input {...control} type="date" value={draft.to} onChange={(event) => set({ to: event.target.value })} />}
            </Field>
          </>
        ) : null}
        <div className="period-submit">
          <button type="submit">{t('period.show')}</button>
        </div>
      </div>
    </form>
  );
}
