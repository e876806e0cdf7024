import { EMPLOYMENT_STATUSES, PAY_PERIODS, SCREEN_ANSWERS, WORK_SECTORS, type EmploymentStatus, type ScreenAnswer } from '../intake-api.types';
import { RadioGroup, SelectInput, TextInput } from '../intake-controls';
import type { WorkDraft } from '../intake-draft';
import { ANSWER_LABELS, EMPLOYMENT_LABELS, PERIOD_LABELS, SECTOR_LABELS } from '../intake-option-keys';
import { WAGE_CURRENCIES } from '../intake-reference';
import type { StepProps } from './step-props';

const at = 'interview.work';

/** The person's work: sector, employer, contract, wage and hours. */
export function WorkStep({ draft, edit, error, labels }: StepProps) {
  const { t } = labels;
  const work = draft.work;
  const set = <K extends keyof WorkDraft>(key: K, value: WorkDraft[K], fields: readonly string[]) => edit((current) => ({ ...current, work: { ...current.work, [key]: value } }), fields);
  return (
    <>
      <RadioGroup<EmploymentStatus>
        path={`${at}.employmentStatus`}
        legend={t('work.employmentStatus')}
        required
        value={work.employmentStatus}
        options={labels.options(EMPLOYMENT_STATUSES, EMPLOYMENT_LABELS)}
        onChange={(value) => set('employmentStatus', value, [`${at}.employmentStatus`, `${at}.sector`])}
        error={error(`${at}.employmentStatus`)}
      />
      <SelectInput
        path={`${at}.sector`}
        required
        label={t('work.sector')}
        hint={t('work.sectorHint')}
        placeholder={t('choose')}
        value={work.sector}
        options={labels.options(WORK_SECTORS, SECTOR_LABELS)}
        onChange={(value) => set('sector', value, [`${at}.sector`])}
        error={error(`${at}.sector`)}
      />
      <TextInput path={`${at}.employerName`} label={t('work.employerName')} value={work.employerName} onChange={(value) => set('employerName', value, [`${at}.employerName`])} error={error(`${at}.employerName`)} />
      <RadioGroup<ScreenAnswer>
        path={`${at}.hasContract`}
        legend={t('work.hasContract')}
        required
        inline
        value={work.hasContract}
        options={labels.options(SCREEN_ANSWERS, ANSWER_LABELS)}
        onChange={(value) => set('hasContract', value, [`${at}.hasContract`])}
        error={error(`${at}.hasContract`)}
      />
      <fieldset className="group" data-field={`${at}.wage`}>
        <legend>{t('work.wage')}</legend>
        <p className="field-hint">{t('work.wageHint')}</p>
        <div className="field-row">
          <TextInput
            path={`${at}.wage.amount`}
            inputMode="decimal"
            className="input-short"
            label={t('work.wageAmount')}
            hint={t('work.wageAmountHint')}
            value={work.wageAmount}
            onChange={(value) => set('wageAmount', value, [`${at}.wage`])}
            error={error(`${at}.wage.amount`) ?? error(`${at}.wage`)}
          />
          <SelectInput
            path={`${at}.wage.currency`}
            label={t('work.wageCurrency')}
            placeholder={t('choose')}
            value={work.wageCurrency}
            options={WAGE_CURRENCIES.map((code) => ({ value: code, label: labels.currency(code) }))}
            onChange={(value) => set('wageCurrency', value, [`${at}.wage.currency`])}
            error={error(`${at}.wage.currency`)}
          />
          <SelectInput
            path={`${at}.wage.period`}
            label={t('work.wagePeriod')}
            placeholder={t('choose')}
            value={work.wagePeriod}
            options={labels.options(PAY_PERIODS, PERIOD_LABELS)}
            onChange={(value) => set('wagePeriod', value, [`${at}.wage.period`])}
            error={error(`${at}.wage.period`)}
          />
        </div>
      </fieldset>
      <TextInput
        path={`${at}.hoursPerWeek`}
        inputMode="numeric"
        className="input-short"
        label={t('work.hoursPerWeek')}
        value={work.hoursPerWeek}
        onChange={(value) => set('hoursPerWeek', value, [`${at}.hoursPerWeek`])}
        error={error(`${at}.hoursPerWeek`)}
      />
    </>
  );
}
