import { DomainError, type LABOUR_AUTHORITIES, type LABOUR_CLAIM_STATUSES, type LABOUR_CLAIM_TYPES } from '@corredor/contracts';
import { fromCents, toCents } from './money.domain';

export type LabourClaimType = (typeof LABOUR_CLAIM_TYPES)[number];
export type LabourAuthority = (typeof LABOUR_AUTHORITIES)[number];
export type LabourClaimStatus = (typeof LABOUR_CLAIM_STATUSES)[number];

/**
 * Where a claim can go from each status, in one table. Conciliation comes first, but some claims
 * go straight to court (harassment and discrimination are exempt); a conciliation without agreement
 * or a broken agreement leads to a lawsuit; a settlement can still come during trial. Paid,
 * dismissed and abandoned claims are done.
 */
export const CLAIM_TRANSITIONS: Readonly<Record<LabourClaimStatus, readonly LabourClaimStatus[]>> = {
  preparing: ['conciliation-filed', 'lawsuit-filed', 'abandoned'],
  'conciliation-filed': ['in-conciliation', 'agreement', 'lawsuit-filed', 'abandoned'],
  'in-conciliation': ['agreement', 'lawsuit-filed', 'abandoned'],
  agreement: ['paid', 'lawsuit-filed', 'abandoned'],
  'lawsuit-filed': ['in-trial', 'agreement', 'dismissed', 'abandoned'],
  'in-trial': ['agreement', 'awarded', 'dismissed', 'abandoned'],
  awarded: ['paid', 'abandoned'],
  dismissed: [],
  abandoned: [],
  paid: [],
};

export const HEARING_KINDS = ['conciliation', 'preliminary', 'trial', 'judgment', 'other'] as const;
export type HearingKind = (typeof HEARING_KINDS)[number];
export const HEARING_OUTCOMES = ['held', 'agreement', 'no-agreement', 'postponed', 'employer-absent', 'worker-absent', 'other'] as const;
export type HearingOutcome = (typeof HEARING_OUTCOMES)[number];
/** A claim lists its hearings; this bounds the list. */
export const MAX_HEARINGS = 50;

export const AMOUNT_NAMES = ['claimed', 'agreed', 'awarded', 'received'] as const;
export type AmountName = (typeof AMOUNT_NAMES)[number];
/** Amounts in integer cents, in the claim's currency; null while unknown. */
export type ClaimAmounts = Record<AmountName, number | null>;
/** Amounts as decimal strings ("1500.50"), as staff give them. */
export type AmountChanges = Partial<Record<AmountName, string | null>>;

export const DATE_NAMES = ['conciliationFiledOn', 'agreementOn', 'judgmentOn'] as const;
export type DateName = (typeof DATE_NAMES)[number];
export type ClaimDates = Record<DateName, string | null>;

export interface Hearing {
  id: string;
  on: string;
  kind: HearingKind;
  outcome: HearingOutcome | null;
}

/** A labour-justice claim on a case. The employer's name stays here: never in an event or a log. */
export interface LabourClaim {
  id: string;
  tenant: string;
  caseId: string;
  employer: string;
  claimType: LabourClaimType;
  authority: LabourAuthority;
  status: LabourClaimStatus;
  /** ISO 4217; one per claim, fixed when it is recorded. */
  currency: string;
  amounts: ClaimAmounts;
  dates: ClaimDates;
  hearings: Hearing[];
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** One step in a claim's history, as the timeline shows it. */
export type ClaimStepChange =
  | { kind: 'created'; claimType: LabourClaimType; authority: LabourAuthority; status: LabourClaimStatus }
  | { kind: 'status-changed'; from: LabourClaimStatus; to: LabourClaimStatus }
  | { kind: 'amounts-changed'; currency: string; amounts: Partial<Record<AmountName, string | null>> }
  | { kind: 'details-changed'; fields: string[] }
  | { kind: 'hearing-added'; hearingId: string; on: string; hearingKind: HearingKind; outcome: HearingOutcome | null }
  | { kind: 'hearing-outcome'; hearingId: string; on: string; outcome: HearingOutcome };

export interface ClaimStep {
  id: string;
  tenant: string;
  caseId: string;
  claimId: string;
  at: Date;
  by: string;
  change: ClaimStepChange;
}

export interface ClaimContext {
  by: string;
  now: Date;
  newId: () => string;
}

export interface ClaimChanges {
  employer?: string | undefined;
  claimType?: LabourClaimType | undefined;
  authority?: LabourAuthority | undefined;
  status?: LabourClaimStatus | undefined;
  amounts?: AmountChanges | undefined;
  dates?: Partial<ClaimDates> | undefined;
}

export interface NewClaim extends ClaimChanges {
  employer: string;
  claimType: LabourClaimType;
  authority: LabourAuthority;
  currency: string;
}

export function canMove(from: LabourClaimStatus, to: LabourClaimStatus): boolean {
  return CLAIM_TRANSITIONS[from].includes(to);
}

/** The amount a resolution says the person is owed: a judgment's award, else the agreement. */
export function amountOwed(amounts: ClaimAmounts): number | null {
  return amounts.awarded ?? amounts.agreed;
}

/** What is still owed after what was received (never below zero: interest can make received exceed it). */
export function amountOutstanding(amounts: ClaimAmounts): number | null {
  const owed = amountOwed(amounts);
  return owed === null ? null : Math.max(0, owed - (amounts.received ?? 0));
}

const REQUIRED_AMOUNT: Partial<Record<LabourClaimStatus, AmountName>> = { agreement: 'agreed', awarded: 'awarded', paid: 'received' };

/** An agreement, an award or a payment is recorded with its amount: reports sum them. */
function checkAmounts(claim: LabourClaim): void {
  const needed = REQUIRED_AMOUNT[claim.status];
  if (needed && !claim.amounts[needed]) {
    throw new DomainError('CASE.CLAIM_AMOUNT_REQUIRED', 'rule-violation', `A claim in status ${claim.status} needs amounts.${needed} (above zero).`);
  }
}

function step(claim: LabourClaim, context: ClaimContext, change: ClaimStepChange): ClaimStep {
  return { id: context.newId(), tenant: claim.tenant, caseId: claim.caseId, claimId: claim.id, at: context.now, by: context.by, change };
}

function changedAmounts(before: ClaimAmounts, after: ClaimAmounts): Partial<Record<AmountName, string | null>> {
  const changed: Partial<Record<AmountName, string | null>> = {};
  for (const name of AMOUNT_NAMES) {
    const value = after[name];
    if (value !== before[name]) changed[name] = value === null ? null : fromCents(value);
  }
  return changed;
}

function applyAmounts(amounts: ClaimAmounts, changes: AmountChanges | undefined): ClaimAmounts {
  const next = { ...amounts };
  for (const name of AMOUNT_NAMES) {
    const value = changes?.[name];
    if (value !== undefined) next[name] = value === null ? null : toCents(value);
  }
  return next;
}

const NO_AMOUNTS: ClaimAmounts = { claimed: null, agreed: null, awarded: null, received: null };
const NO_DATES: ClaimDates = { conciliationFiledOn: null, agreementOn: null, judgmentOn: null };

/** Records a claim, possibly one already under way (a person may arrive with a conciliation filed). */
export function recordClaim(command: NewClaim, context: ClaimContext & { id: string; tenant: string; caseId: string }): { claim: LabourClaim; steps: ClaimStep[] } {
  const claim: LabourClaim = {
    id: context.id,
    tenant: context.tenant,
    caseId: context.caseId,
    employer: command.employer,
    claimType: command.claimType,
    authority: command.authority,
    status: command.status ?? 'preparing',
    currency: command.currency,
    amounts: applyAmounts(NO_AMOUNTS, command.amounts),
    dates: { ...NO_DATES, ...command.dates },
    hearings: [],
    createdBy: context.by,
    createdAt: context.now,
    updatedAt: context.now,
    version: 1,
  };
  checkAmounts(claim);
  const steps = [step(claim, context, { kind: 'created', claimType: claim.claimType, authority: claim.authority, status: claim.status })];
  const amounts = changedAmounts(NO_AMOUNTS, claim.amounts);
  if (Object.keys(amounts).length > 0) steps.push(step(claim, context, { kind: 'amounts-changed', currency: claim.currency, amounts }));
  return { claim, steps };
}

/** Applies staff's changes; a status change must follow the table. Returns no steps when nothing changed. */
export function changeClaim(current: LabourClaim, changes: ClaimChanges, context: ClaimContext): { claim: LabourClaim; steps: ClaimStep[] } {
  const status = changes.status ?? current.status;
  if (status !== current.status && !canMove(current.status, status)) {
    throw new DomainError('CASE.CLAIM_INVALID_TRANSITION', 'conflict', `A claim cannot go from ${current.status} to ${status}.`);
  }
  const claim: LabourClaim = {
    ...current,
    employer: changes.employer ?? current.employer,
    claimType: changes.claimType ?? current.claimType,
    authority: changes.authority ?? current.authority,
    status,
    amounts: applyAmounts(current.amounts, changes.amounts),
    dates: { ...current.dates, ...changes.dates },
    updatedAt: context.now,
  };
  checkAmounts(claim);
  const steps: ClaimStep[] = [];
  if (status !== current.status) steps.push(step(claim, context, { kind: 'status-changed', from: current.status, to: status }));
  const amounts = changedAmounts(current.amounts, claim.amounts);
  if (Object.keys(amounts).length > 0) steps.push(step(claim, context, { kind: 'amounts-changed', currency: claim.currency, amounts }));
  const fields = [
    ...(['employer', 'claimType', 'authority'] as const).filter((field) => claim[field] !== current[field]),
    ...DATE_NAMES.filter((name) => claim.dates[name] !== current.dates[name]).map((name) => `dates.${name}`),
  ];
  if (fields.length > 0) steps.push(step(claim, context, { kind: 'details-changed', fields }));
  return { claim: steps.length > 0 ? claim : current, steps };
}

export function addHearing(
  current: LabourClaim,
  hearing: { on: string; kind: HearingKind; outcome?: HearingOutcome | null | undefined },
  context: ClaimContext,
): { claim: LabourClaim; steps: ClaimStep[]; hearing: Hearing } {
  if (current.hearings.length >= MAX_HEARINGS) {
    throw new DomainError('CASE.CLAIM_TOO_MANY_HEARINGS', 'rule-violation', `A claim holds at most ${MAX_HEARINGS} hearings.`);
  }
  const added: Hearing = { id: context.newId(), on: hearing.on, kind: hearing.kind, outcome: hearing.outcome ?? null };
  const hearings = [...current.hearings, added].sort((a, b) => a.on.localeCompare(b.on));
  const claim = { ...current, hearings, updatedAt: context.now };
  const change: ClaimStepChange = { kind: 'hearing-added', hearingId: added.id, on: added.on, hearingKind: added.kind, outcome: added.outcome };
  return { claim, steps: [step(claim, context, change)], hearing: added };
}

export function recordHearingOutcome(current: LabourClaim, hearingId: string, outcome: HearingOutcome, context: ClaimContext): { claim: LabourClaim; steps: ClaimStep[] } {
  const hearing = current.hearings.find((candidate) => candidate.id === hearingId);
  if (!hearing) throw new DomainError('CASE.HEARING_NOT_FOUND', 'not-found', 'No such hearing on this claim.');
  const claim = { ...current, hearings: current.hearings.map((h) => (h.id === hearingId ? { ...h, outcome } : h)), updatedAt: context.now };
  return { claim, steps: [step(claim, context, { kind: 'hearing-outcome', hearingId, on: hearing.on, outcome })] };
}
