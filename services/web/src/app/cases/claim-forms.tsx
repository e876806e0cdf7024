import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/clients';
import { unwrap } from '../api/problem';
import { useFormat } from '../i18n/format';
import { Field } from '../ui/field';
import type { AddHearing, Case, ChangeLabourClaim, ClaimStatus, LabourClaim, RecordLabourClaim } from './case-api.types';
import { isStale } from './case-errors';
import { AMOUNT_LABEL, AUTHORITY_LABEL, CLAIM_DATE_LABEL, CLAIM_STATUS_LABEL, CLAIM_TYPE_LABEL, HEARING_KIND_LABEL, HEARING_OUTCOME_LABEL } from './case-labels';
import { caseKeys, useCaseChanged } from './case-queries';
import { CaseError, Disclosure, FormProblems, useFieldErrors, type ShowDone } from './case-ui';
import { AMOUNT_NAMES, separatorsOf } from './claim-amounts';
import {
  AUTHORITIES,
  CLAIM_STATUSES,
  CLAIM_TYPES,
  claimChangeBody,
  claimDraftOf,
  DATE_NAMES,
  emptyClaimDraft,
  emptyHearingDraft,
  HEARING_KINDS,
  HEARING_OUTCOMES,
  hearingBody,
  newClaimBody,
  type ClaimDraft,
  type HearingDraft,
} from './claim-form';
import type { FormErrors } from './form-rules';

/** The currency a new claim starts in: the corridor's centres are in Mexico first (staff may change it). */
const DEFAULT_CURRENCY = 'MXN';

/** The fields a claim is recorded or changed with; the status list is the claim's next statuses when it exists. */
function ClaimFields({
  draft,
  set,
  errorOf,
  claim,
  currency,
}: {
  draft: ClaimDraft;
  set: (change: Partial<ClaimDraft>) => void;
  errorOf: (name: string) => string | undefined;
  claim: LabourClaim | null;
  currency: string;
}) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const statuses: readonly ClaimStatus[] = claim ? claim.nextStatuses : CLAIM_STATUSES;
  return (
    <>
      <Field label={t('claims.employer')} required error={errorOf('employer')} hint={t('claims.employerHint')}>
        {(props) => <input {...props} value={draft.employer} maxLength={200} onChange={(event) => set({ employer: event.target.value })} />}
      </Field>
      <Field label={t('claims.claimType')} required error={errorOf('claimType')}>
        {(props) => (
          <select {...props} value={draft.claimType} onChange={(event) => set({ claimType: event.target.value as ClaimDraft['claimType'] })}>
            <option value="">{t('form.choose')}</option>
            {CLAIM_TYPES.map((code) => (
              <option key={code} value={code}>
                {t(CLAIM_TYPE_LABEL[code])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('claims.authority')} required error={errorOf('authority')}>
        {(props) => (
          <select {...props} value={draft.authority} onChange={(event) => set({ authority: event.target.value as ClaimDraft['authority'] })}>
            {AUTHORITIES.map((code) => (
              <option key={code} value={code}>
                {t(AUTHORITY_LABEL[code])}
              </option>
            ))}
          </select>
        )}
      </Field>
      {claim === null || statuses.length > 0 ? (
        <Field label={claim ? t('claims.nextStatus') : t('claims.status')} error={errorOf('status')}>
          {(props) => (
            <select {...props} value={draft.status} onChange={(event) => set({ status: event.target.value as ClaimDraft['status'] })}>
              {claim ? <option value="">{t('claims.keepStatus', { status: t(CLAIM_STATUS_LABEL[claim.status]) })}</option> : null}
              {statuses.map((code) => (
                <option key={code} value={code}>
                  {t(CLAIM_STATUS_LABEL[code])}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {claim === null ? (
        <Field label={t('claims.currency')} required error={errorOf('currency')} hint={t('claims.currencyHint')}>
          {(props) => <input {...props} value={draft.currency} maxLength={3} autoCapitalize="characters" onChange={(event) => set({ currency: event.target.value })} />}
        </Field>
      ) : null}
      <fieldset className="claim-amount-fields">
        <legend>{t('claims.amountsLegend', { currency })}</legend>
        <p className="field-hint">{t('claims.amountsHint', { example: format.number(15500.5) })}</p>
        {AMOUNT_NAMES.map((name) => (
          <Field key={name} label={t(AMOUNT_LABEL[name])} error={errorOf(`amounts.${name}`)}>
            {(props) => (
              <input {...props} inputMode="decimal" autoComplete="off" value={draft.amounts[name]} onChange={(event) => set({ amounts: { ...draft.amounts, [name]: event.target.value } })} />
            )}
          </Field>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('claims.datesLegend')}</legend>
        {DATE_NAMES.map((name) => (
          <Field key={name} label={t(CLAIM_DATE_LABEL[name])} error={errorOf(`dates.${name}`)}>
            {(props) => <input {...props} type="date" max={format.today()} value={draft.dates[name]} onChange={(event) => set({ dates: { ...draft.dates, [name]: event.target.value } })} />}
          </Field>
        ))}
      </fieldset>
    </>
  );
}

export function NewClaimForm({ kase, onDone }: { kase: Case; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const changed = useCaseChanged(kase.id);
  const separators = useMemo(() => separatorsOf(format.locale), [format.locale]);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<ClaimDraft>(() => emptyClaimDraft(DEFAULT_CURRENCY));
  const [errors, setErrors] = useState<FormErrors>({});
  const [attempts, setAttempts] = useState(0);
  const record = useMutation({
    mutationFn: (body: RecordLabourClaim) => unwrap(api.case.POST('/cases/{id}/labour-claims', { params: { path: { id: kase.id } }, body })),
    onSuccess: async () => {
      setOpen(false);
      setDraft(emptyClaimDraft(DEFAULT_CURRENCY));
      onDone(t('claims.recorded'));
      await changed(caseKeys.claims(kase.id));
    },
  });
  const errorOf = useFieldErrors(errors, record.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempts((count) => count + 1);
    const result = newClaimBody(draft, separators, format.today());
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) record.mutate(result.body);
  };
  return (
    <Disclosure label={t('claims.open')} open={open} onOpenChange={setOpen} onOpen={() => onDone(null)}>
      <form onSubmit={submit} noValidate aria-label={t('claims.formLabel')}>
        <FormProblems count={Object.keys(errors).length} focusKey={attempts} />
        <ClaimFields draft={draft} set={(change) => setDraft((current) => ({ ...current, ...change }))} errorOf={errorOf} claim={null} currency={draft.currency.toUpperCase() || '—'} />
        {record.error ? <CaseError error={record.error} /> : null}
        <div className="button-row">
          <button type="submit" disabled={record.isPending}>
            {t('claims.submit')}
          </button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </Disclosure>
  );
}

export function ClaimStepForm({ kase, claim, onDone }: { kase: Case; claim: LabourClaim; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const changed = useCaseChanged(kase.id);
  const separators = useMemo(() => separatorsOf(format.locale), [format.locale]);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<ClaimDraft>(() => claimDraftOf(claim, separators));
  const [errors, setErrors] = useState<FormErrors>({});
  const [attempts, setAttempts] = useState(0);
  const step = useMutation({
    mutationFn: (body: ChangeLabourClaim) => unwrap(api.case.PATCH('/cases/{id}/labour-claims/{claimId}', { params: { path: { id: kase.id, claimId: claim.id } }, body })),
    onSuccess: async () => {
      setOpen(false);
      onDone(t('claims.stepRecorded'));
      await changed(caseKeys.claims(kase.id));
    },
    onError: async (error) => {
      if (isStale(error)) await changed(caseKeys.claims(kase.id));
    },
  });
  const errorOf = useFieldErrors(errors, step.error);
  const toggle = (next: boolean) => {
    // The form starts from the claim as it is now, not as it was when first opened.
    if (next) {
      setDraft(claimDraftOf(claim, separators));
      setErrors({});
      step.reset();
    }
    setOpen(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempts((count) => count + 1);
    const result = claimChangeBody(draft, claim, separators, format.today());
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) step.mutate(result.body);
  };
  const formError = errors['form'];
  return (
    <Disclosure label={t('claims.stepOpen')} open={open} onOpenChange={toggle} onOpen={() => onDone(null)}>
      <form onSubmit={submit} noValidate aria-label={t('claims.stepFormLabel', { employer: claim.employer })}>
        <FormProblems count={formError ? 0 : Object.keys(errors).length} focusKey={attempts} />
        {formError ? (
          <p role="alert" className="error-message">
            {t(formError.key)}
          </p>
        ) : null}
        <ClaimFields draft={draft} set={(change) => setDraft((current) => ({ ...current, ...change }))} errorOf={errorOf} claim={claim} currency={claim.currency} />
        {step.error ? <CaseError error={step.error} /> : null}
        <div className="button-row">
          <button type="submit" disabled={step.isPending}>
            {t('claims.stepSubmit')}
          </button>
          <button type="button" className="secondary" onClick={() => toggle(false)}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </Disclosure>
  );
}

export function HearingForm({ kase, claim, onDone }: { kase: Case; claim: LabourClaim; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const changed = useCaseChanged(kase.id);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<HearingDraft>(emptyHearingDraft);
  const [errors, setErrors] = useState<FormErrors>({});
  const add = useMutation({
    mutationFn: (body: AddHearing) => unwrap(api.case.POST('/cases/{id}/labour-claims/{claimId}/hearings', { params: { path: { id: kase.id, claimId: claim.id } }, body })),
    onSuccess: async () => {
      setOpen(false);
      setDraft(emptyHearingDraft());
      onDone(t('claims.hearingAdded'));
      await changed(caseKeys.claims(kase.id));
    },
    onError: async (error) => {
      if (isStale(error)) await changed(caseKeys.claims(kase.id));
    },
  });
  const errorOf = useFieldErrors(errors, add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = hearingBody(draft, claim, format.today());
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) add.mutate(result.body);
  };
  return (
    <Disclosure label={t('claims.hearingOpen')} open={open} onOpenChange={setOpen} onOpen={() => onDone(null)}>
      <form onSubmit={submit} noValidate aria-label={t('claims.hearingFormLabel', { employer: claim.employer })}>
        <Field label={t('claims.hearingDate')} required error={errorOf('on')}>
          {(props) => <input {...props} type="date" value={draft.on} onChange={(event) => setDraft({ ...draft, on: event.target.value })} />}
        </Field>
        <Field label={t('claims.hearingKind')} required error={errorOf('kind')}>
          {(props) => (
            <select {...props} value={draft.kind} onChange={(event) => setDraft({ ...draft, kind: event.target.value as HearingDraft['kind'] })}>
              <option value="">{t('form.choose')}</option>
              {HEARING_KINDS.map((code) => (
                <option key={code} value={code}>
                  {t(HEARING_KIND_LABEL[code])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('claims.hearingOutcome')} error={errorOf('outcome')} hint={t('claims.hearingOutcomeHint')}>
          {(props) => (
            <select {...props} value={draft.outcome} onChange={(event) => setDraft({ ...draft, outcome: event.target.value as HearingDraft['outcome'] })}>
              <option value="">{t('claims.notHeldYet')}</option>
              {HEARING_OUTCOMES.map((code) => (
                <option key={code} value={code}>
                  {t(HEARING_OUTCOME_LABEL[code])}
                </option>
              ))}
            </select>
          )}
        </Field>
        {add.error ? <CaseError error={add.error} /> : null}
        <div className="button-row">
          <button type="submit" disabled={add.isPending}>
            {t('claims.hearingSubmit')}
          </button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </Disclosure>
  );
}
