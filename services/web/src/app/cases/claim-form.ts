import type { AddHearing, ChangeLabourClaim, ClaimAuthority, ClaimStatus, ClaimType, DateName, HearingKind, HearingOutcome, LabourClaim, RecordLabourClaim } from './case-api.types';
import { AUTHORITY_LABEL, CLAIM_STATUS_LABEL, CLAIM_TYPE_LABEL, codesOf, HEARING_KIND_LABEL, HEARING_OUTCOME_LABEL } from './case-labels';
import { AMOUNT_REQUIRED_BY, amountChanges, amountDraftsOf, isPositive, NO_AMOUNT_DRAFTS, parseCurrency, type AmountDrafts, type NumberSeparators } from './claim-amounts';
import { checkChoice, checkDay, checkLine, type FormErrors } from './form-rules';

export const CLAIM_TYPES = codesOf(CLAIM_TYPE_LABEL);
export const AUTHORITIES = codesOf(AUTHORITY_LABEL);
export const CLAIM_STATUSES = codesOf(CLAIM_STATUS_LABEL);
export const HEARING_KINDS = codesOf(HEARING_KIND_LABEL);
export const HEARING_OUTCOMES = codesOf(HEARING_OUTCOME_LABEL);
export const DATE_NAMES = ['conciliationFiledOn', 'agreementOn', 'judgmentOn'] as const satisfies readonly DateName[];

export type DateDrafts = Record<DateName, string>;

export interface ClaimDraft {
  employer: string;
  claimType: ClaimType | '';
  authority: ClaimAuthority | '';
  /** New claim: its status (preparing unless it is already under way). Change: '' keeps it. */
  status: ClaimStatus | '';
  currency: string;
  amounts: AmountDrafts;
  dates: DateDrafts;
}

const NO_DATES: DateDrafts = { conciliationFiledOn: '', agreementOn: '', judgmentOn: '' };

export function emptyClaimDraft(currency: string): ClaimDraft {
  return { employer: '', claimType: '', authority: 'conciliation-centre', status: 'preparing', currency, amounts: { ...NO_AMOUNT_DRAFTS }, dates: { ...NO_DATES } };
}

/** The edit form of a claim: its current values, the status left as it is. */
export function claimDraftOf(claim: LabourClaim, separators: NumberSeparators): ClaimDraft {
  return {
    employer: claim.employer,
    claimType: claim.claimType,
    authority: claim.authority,
    status: '',
    currency: claim.currency,
    amounts: amountDraftsOf(claim, separators),
    dates: { conciliationFiledOn: claim.dates.conciliationFiledOn ?? '', agreementOn: claim.dates.agreementOn ?? '', judgmentOn: claim.dates.judgmentOn ?? '' },
  };
}

interface Checked {
  errors: FormErrors;
  employer: string | null;
  amounts: RecordLabourClaim['amounts'];
  dates: Partial<Record<DateName, string | null>>;
}

function checkCommon(draft: ClaimDraft, before: LabourClaim | null, separators: NumberSeparators, today: string): Checked {
  const errors: FormErrors = {};
  const employer = checkLine(draft.employer, { max: 200, required: true });
  if (employer.error) errors['employer'] = employer.error;
  const amounts = amountChanges(draft.amounts, before, separators);
  if (!amounts.ok) for (const name of Object.keys(amounts.errors)) errors[`amounts.${name}`] = { key: 'error.amountFormat' };
  const dates: Partial<Record<DateName, string | null>> = {};
  for (const name of DATE_NAMES) {
    const day = checkDay(draft.dates[name], { required: false, notAfter: today });
    if (day.error) errors[`dates.${name}`] = day.error;
    else if (before === null ? day.value !== null : day.value !== before.dates[name]) dates[name] = day.value;
  }
  return { errors, employer: employer.value, amounts: amounts.ok ? amounts.amounts : undefined, dates };
}

/** An agreement, an award or a payment needs its amount (CASE.CLAIM_AMOUNT_REQUIRED otherwise). */
function checkRequiredAmount(status: ClaimStatus, amounts: LabourClaim['amounts'] | null, changed: RecordLabourClaim['amounts'], errors: FormErrors): void {
  const needed = AMOUNT_REQUIRED_BY[status];
  if (!needed) return;
  const amount = changed && needed in changed ? changed[needed] : (amounts?.[needed] ?? null);
  if (!isPositive(amount)) errors[`amounts.${needed}`] = { key: 'error.amountRequiredForStatus' };
}

/** POST /cases/:id/labour-claims. */
export function newClaimBody(draft: ClaimDraft, separators: NumberSeparators, today: string): { ok: true; body: RecordLabourClaim } | { ok: false; errors: FormErrors } {
  const checked = checkCommon(draft, null, separators, today);
  const errors = checked.errors;
  const claimType = checkChoice(draft.claimType, CLAIM_TYPES);
  if (claimType.error) errors['claimType'] = claimType.error;
  const authority = checkChoice(draft.authority, AUTHORITIES);
  if (authority.error) errors['authority'] = authority.error;
  const status = draft.status === '' ? 'preparing' : draft.status;
  const currency = parseCurrency(draft.currency);
  if (currency === null) errors['currency'] = { key: 'error.currency' };
  checkRequiredAmount(status, null, checked.amounts, errors);
  if (Object.keys(errors).length > 0 || checked.employer === null || claimType.value === null || authority.value === null || currency === null) return { ok: false, errors };
  return {
    ok: true,
    body: {
      employer: checked.employer,
      claimType: claimType.value,
      authority: authority.value,
      status,
      currency,
      ...(checked.amounts ? { amounts: checked.amounts } : {}),
      ...(Object.keys(checked.dates).length > 0 ? { dates: checked.dates } : {}),
    },
  };
}

/**
 * PATCH /cases/:id/labour-claims/:claimId: only what changed, at the version seen. A status must
 * be one of the claim's nextStatuses. Nothing changed is an error of the form (the API refuses an
 * empty change).
 */
export function claimChangeBody(
  draft: ClaimDraft,
  claim: LabourClaim,
  separators: NumberSeparators,
  today: string,
): { ok: true; body: ChangeLabourClaim } | { ok: false; errors: FormErrors } {
  const checked = checkCommon(draft, claim, separators, today);
  const errors = checked.errors;
  const status = draft.status === '' ? null : claim.nextStatuses.includes(draft.status) ? draft.status : undefined;
  if (status === undefined) errors['status'] = { key: 'error.required' };
  if (status) checkRequiredAmount(status, claim.amounts, checked.amounts, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const body: ChangeLabourClaim = { expectedVersion: claim.version };
  if (checked.employer !== null && checked.employer !== claim.employer) body.employer = checked.employer;
  if (draft.claimType !== '' && draft.claimType !== claim.claimType) body.claimType = draft.claimType;
  if (draft.authority !== '' && draft.authority !== claim.authority) body.authority = draft.authority;
  if (status) body.status = status;
  if (checked.amounts) body.amounts = checked.amounts;
  if (Object.keys(checked.dates).length > 0) body.dates = checked.dates;
  if (Object.keys(body).length === 1) return { ok: false, errors: { form: { key: 'error.nothingChanged' } } };
  return { ok: true, body };
}

export interface HearingDraft {
  on: string;
  kind: HearingKind | '';
  outcome: HearingOutcome | '';
}

export const emptyHearingDraft = (): HearingDraft => ({ on: '', kind: '', outcome: '' });

/** POST .../hearings: a hearing ahead, or one held with its outcome (which cannot be after today). */
export function hearingBody(draft: HearingDraft, claim: LabourClaim, today: string): { ok: true; body: AddHearing } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const kind = checkChoice(draft.kind, HEARING_KINDS);
  if (kind.error) errors['kind'] = kind.error;
  const on = checkDay(draft.on, { required: true, ...(draft.outcome === '' ? {} : { notAfter: today }) });
  if (on.error) errors['on'] = on.error;
  if (Object.keys(errors).length > 0 || kind.value === null || on.value === null) return { ok: false, errors };
  return { ok: true, body: { on: on.value, kind: kind.value, ...(draft.outcome === '' ? {} : { outcome: draft.outcome }), expectedVersion: claim.version } };
}

/** Whether a hearing may take its outcome now: it was held (on or before today at the centre) and has none. */
export const awaitsOutcome = (hearing: LabourClaim['hearings'][number], today: string): boolean => hearing.outcome === null && hearing.on <= today;
