import { CARD_STATUSES, EXPIRING_CARD_STATUSES, MIGRATORY_STATUSES, SIGNING_FREQUENCIES, type MigratoryStatus } from '../intake-api.types';
import { RadioGroup, SelectInput, TextInput } from '../intake-controls';
import type { SituationDraft } from '../intake-draft';
import { SIGNING_LABELS, STATUS_LABELS } from '../intake-option-keys';
import type { StepProps } from './step-props';

/** The migratory situation, and the dates that come with it (a card's expiry, COMAR signings, a US hearing). */
export function SituationStep({ draft, edit, error, labels }: StepProps) {
  const { t } = labels;
  const situation = draft.situation;
  const set = <K extends keyof SituationDraft>(key: K, value: SituationDraft[K]) =>
    edit((current) => ({ ...current, situation: { ...current.situation, [key]: value } }), [`interview.migratorySituation.${key}`]);
  const status = situation.status;
  const at = 'interview.migratorySituation';
  return (
    <>
      <RadioGroup<MigratoryStatus>
        path={`${at}.status`}
        legend={t('situation.status')}
        required
        value={status}
        options={labels.options(MIGRATORY_STATUSES, STATUS_LABELS)}
        onChange={(value) =>
          edit((current) => ({ ...current, situation: { ...current.situation, status: value } }), [at])
        }
        error={error(`${at}.status`)}
      />
      {status !== '' && CARD_STATUSES.includes(status) ? (
        <TextInput
          path={`${at}.cardExpiresOn`}
          type="date"
          required={EXPIRING_CARD_STATUSES.includes(status)}
          label={t('situation.cardExpiresOn')}
          hint={t('situation.cardExpiresOnHint')}
          value={situation.cardExpiresOn}
          onChange={(value) => set('cardExpiresOn', value)}
          error={error(`${at}.cardExpiresOn`)}
        />
      ) : null}
      {status === 'asylum-seeker' ? (
        <div className="field-row">
          <TextInput path={`${at}.nextSigningOn`} type="date" label={t('situation.nextSigningOn')} hint={t('situation.dateHint')} value={situation.nextSigningOn} onChange={(value) => set('nextSigningOn', value)} error={error(`${at}.nextSigningOn`)} />
          <SelectInput
            path={`${at}.signingFrequency`}
            label={t('situation.signingFrequency')}
            placeholder={t('choose')}
            value={situation.signingFrequency}
            options={labels.options(SIGNING_FREQUENCIES, SIGNING_LABELS)}
            onChange={(value) => set('signingFrequency', value)}
            error={error(`${at}.signingFrequency`)}
          />
        </div>
      ) : null}
      {status === 'waiting-us-asylum-hearing' ? (
        <TextInput path={`${at}.usHearingOn`} type="date" label={t('situation.usHearingOn')} hint={t('situation.dateHint')} value={situation.usHearingOn} onChange={(value) => set('usHearingOn', value)} error={error(`${at}.usHearingOn`)} />
      ) : null}
    </>
  );
}
