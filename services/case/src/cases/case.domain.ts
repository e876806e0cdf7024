import {
  ageBandOf,
  DomainError,
  type AgeBand,
  type CaseOutcome,
  type CasePriority,
  type CaseStatus,
  type DataOf,
  type MigratoryStatus,
  type RecordedNationality,
  type RiskFlag,
  type Sex,
  type caseAssignedV1,
  type caseClosedV1,
  type caseClosureRequestedV1,
  type caseIntakeAttachedV1,
  type caseOpenedV3,
  type caseRiskFlaggedV1,
  type caseStatusChangedV1,
  type intakeSubmittedV3,
} from '@corredor/contracts';

export type { CasePriority, CaseStatus } from '@corredor/contracts';

export interface CaseProfile {
  sex: Sex;
  ageBand: AgeBand;
  /** As recorded: a country code, 'unknown' or 'stateless'. */
  nationality: RecordedNationality;
  /** ISO 639 codes, the preferred one first. */
  languages: string[];
}

export interface CaseClosure {
  outcome: CaseOutcome;
  /** Staff user id of who closed it (for a signed-off closure: who asked to close). */
  closedBy: string | null;
  /** The coordinator who signed off a high-priority closure; null when none was needed. */
  signedOffBy: string | null;
}

export interface PendingClosure {
  outcome: CaseOutcome;
  requestedBy: string | null;
  requestedAt: Date;
}

/**
 * A case follows one person from intake to closure; a returning person's later intakes attach to
 * it. The alias is personal data: for the centre's staff only, never in events.
 */
export interface Case {
  id: string;
  tenant: string;
  personId: string;
  /** Every intake attached, the first one first. */
  intakeIds: string[];
  alias: string;
  profile: CaseProfile;
  status: CaseStatus;
  /** Derived from the risk flags (see priorityOf); never set by hand. */
  priority: CasePriority;
  riskFlags: RiskFlag[];
  /** The person agreed to be counted in anonymised statistics. */
  countInStatistics: boolean;
  /** Staff user id, or null when nobody holds the case. */
  assignee: string | null;
  openedAt: Date;
  activatedAt: Date | null;
  closedAt: Date | null;
  /** How the case was last closed; null while it is not closed. */
  closure: CaseClosure | null;
  /** A closure waiting for a coordinator's sign-off (high-priority cases). */
  pendingClosure: PendingClosure | null;
  reopenedAt: Date | null;
  version: number;
}

/** Who acts and when. `actor` is a staff user id, or null for the system (a subscriber reacting to an event). */
export interface DecisionContext {
  now: Date;
  actor: string | null;
}

/** The data of an event a decision emits; the caller wraps it in an envelope for the outbox (case-events.ts). */
export type CaseEvent =
  | { type: 'case.opened'; data: DataOf<typeof caseOpenedV3> }
  | { type: 'case.intake-attached'; data: DataOf<typeof caseIntakeAttachedV1> }
  | { type: 'case.status-changed'; data: DataOf<typeof caseStatusChangedV1> }
  | { type: 'case.closed'; data: DataOf<typeof caseClosedV1> }
  | { type: 'case.closure-requested'; data: DataOf<typeof caseClosureRequestedV1> }
  | { type: 'case.assigned'; data: DataOf<typeof caseAssignedV1> }
  | { type: 'case.risk-flagged'; data: DataOf<typeof caseRiskFlaggedV1> };

export const STATUS_CHANGES = [
  'opened',
  'activated',
  'closed',
  'reopened',
  'returning-person',
  'intake-attached',
  'closure-requested',
  'closure-rejected',
  /** The person came back while a closure waited for sign-off: the pending closure no longer holds. */
  'closure-withdrawn',
  /** The person was erased: the case keeps its skeleton (status, dates, flags), not who it was about. */
  'personal-data-erased',
] as const;
export type StatusChange = (typeof STATUS_CHANGES)[number];

/** What the status/assignment/consent history records of a decision (case-history.ts stores it). */
export type HistoryChange =
  | { kind: 'status'; change: StatusChange; from: CaseStatus | null; to: CaseStatus; outcome: CaseOutcome | null; priority: CasePriority }
  | { kind: 'assignment'; from: string | null; to: string | null }
  | { kind: 'consent'; purpose: 'statistics'; given: boolean };

/** What a command does to a case: the case as it is now, the events to publish and the history to keep, saved together. */
export interface CaseDecision {
  case: Case;
  events: CaseEvent[];
  history: HistoryChange[];
}

// ---------------------------------------------------------------------------------------------
// The lifecycle: one table of which statuses each action may start from and where it leads.

export type LifecycleAction =
  | 'activate'
  | 'close'
  | 'request-closure'
  | 'sign-off'
  | 'reject-closure'
  | 'reopen'
  | 'assign'
  | 'attach-intake'
  | 'count-in-statistics'
  | 'erase-personal-data';

interface Transition {
  from: readonly CaseStatus[];
  /** 'same': the action does not change the status. */
  to: CaseStatus | 'same';
  /** A refusal more telling than CASE.INVALID_TRANSITION, by status. */
  refusals?: Partial<Record<CaseStatus, { code: string; message: string }>>;
}

const alreadyClosed = { code: 'CASE.ALREADY_CLOSED', message: 'This case is already closed.' };

export const CASE_LIFECYCLE: Readonly<Record<LifecycleAction, Transition>> = {
  activate: { from: ['open'], to: 'active', refusals: { closed: alreadyClosed } },
  close: { from: ['open', 'active'], to: 'closed', refusals: { closed: alreadyClosed } },
  'request-closure': { from: ['open', 'active'], to: 'same', refusals: { closed: alreadyClosed } },
  'sign-off': { from: ['open', 'active'], to: 'closed', refusals: { closed: alreadyClosed } },
  'reject-closure': { from: ['open', 'active'], to: 'same', refusals: { closed: alreadyClosed } },
  reopen: { from: ['closed'], to: 'active' },
  assign: { from: ['open', 'active'], to: 'same', refusals: { closed: alreadyClosed } },
  // A closed case is reopened by its person's new intake (when staff chose to reopen it): see attachIntake.
  'attach-intake': { from: ['open', 'active', 'closed'], to: 'same' },
  // The person's statistics consent follows them whatever the status: a closed case is still counted (or not).
  'count-in-statistics': { from: ['open', 'active', 'closed'], to: 'same' },
  // A person may be erased whatever their case's status; the case stays (the centre's figures and history).
  'erase-personal-data': { from: ['open', 'active', 'closed'], to: 'same' },
};

/** Where `action` leads from `status`, or the refusal (a 409 DomainError). */
export function transition(status: CaseStatus, action: LifecycleAction): CaseStatus {
  const rule = CASE_LIFECYCLE[action];
  if (!rule.from.includes(status)) {
    const refusal = rule.refusals?.[status];
    if (refusal) throw new DomainError(refusal.code, 'conflict', refusal.message);
    throw new DomainError('CASE.INVALID_TRANSITION', 'conflict', `A case that is ${status} cannot ${action.replace('-', ' ')}.`);
  }
  return rule.to === 'same' ? status : rule.to;
}

// ---------------------------------------------------------------------------------------------
// Risk flags and priority

const LEVEL_RANK = { low: 0, medium: 1, high: 2 } as const;
export const PRIORITY_RANK: Readonly<Record<CasePriority, number>> = { normal: 0, medium: 1, high: 2 };

/** The highest medium or high flag; low flags and no flags leave a case at normal priority. */
export function priorityOf(flags: readonly RiskFlag[]): CasePriority {
  const highest = Math.max(0, ...flags.map((flag) => LEVEL_RANK[flag.level]));
  return highest === 2 ? 'high' : highest === 1 ? 'medium' : 'normal';
}

/**
 * Adds flags to those a case holds, one per flag code: a code already held at the same or a higher
 * level adds nothing; at a lower level it is raised. Returns the merged list and what is new.
 */
export function mergeFlags(held: readonly RiskFlag[], incoming: readonly RiskFlag[]): { flags: RiskFlag[]; added: RiskFlag[] } {
  const flags = [...held];
  const added: RiskFlag[] = [];
  for (const flag of incoming) {
    const index = flags.findIndex((f) => f.flag === flag.flag && f.screen === flag.screen);
    const existing = index === -1 ? undefined : flags[index];
    if (existing && LEVEL_RANK[existing.level] >= LEVEL_RANK[flag.level]) continue;
    if (existing) flags[index] = flag;
    else flags.push(flag);
    const earlier = added.findIndex((f) => f.flag === flag.flag && f.screen === flag.screen);
    if (earlier === -1) added.push(flag);
    else added[earlier] = flag;
  }
  return { flags, added };
}

// ---------------------------------------------------------------------------------------------
// Decisions

const iso = (date: Date) => date.toISOString();

function statusEvent(kase: Case, from: CaseStatus, reason: DataOf<typeof caseStatusChangedV1>['reason'], now: Date): CaseEvent {
  return { type: 'case.status-changed', data: { caseId: kase.id, from, to: kase.status, reason, changedAt: iso(now) } };
}

function statusHistory(kase: Case, change: StatusChange, from: CaseStatus | null, outcome = kase.closure?.outcome ?? kase.pendingClosure?.outcome ?? null): HistoryChange {
  return { kind: 'status', change, from, to: kase.status, outcome, priority: kase.priority };
}

function changed(current: Case, next: Omit<Case, 'version'>): Case {
  return { ...next, version: current.version + 1 };
}

/** What opening a case needs to know; from an intake (factsOfIntake) or, for a transfer, from the origin centre. */
export interface OpenCaseFacts {
  personId: string;
  intakeId: string;
  alias: string;
  profile: CaseProfile;
  riskFlags: readonly RiskFlag[];
  countInStatistics: boolean;
  /**
   * For reporting only, announced in case.opened and not kept on the case (nothing here needs it):
   * the migratory situation at opening, a category (null: not passed on), and whether the person
   * had been served at this centre before.
   */
  migratoryStatus: MigratoryStatus | null;
  returning: boolean;
}

/** The opening facts of an intake.submitted (v3) event. The age band is fixed at opening, from the year of birth. */
export function factsOfIntake(intake: DataOf<typeof intakeSubmittedV3>, now: Date): OpenCaseFacts {
  return {
    personId: intake.personId,
    intakeId: intake.intakeId,
    alias: intake.alias,
    profile: {
      sex: intake.sex,
      ageBand: ageBandOf(intake.yearOfBirth, now),
      // Reports count the first nationality.
      nationality: intake.nationalities[0] ?? 'unknown',
      languages: [intake.preferredLanguage, ...intake.languages.filter((language) => language !== intake.preferredLanguage)],
    },
    riskFlags: intake.riskFlags,
    countInStatistics: intake.consents.some((consent) => consent.purpose === 'statistics'),
    migratoryStatus: intake.migratoryStatus,
    // A returning person for whom staff chose a new case (or who had none to reopen).
    returning: intake.returning,
  };
}

/** Opens a case: announces it (case.opened) and, when it has risk flags, raises them (case.risk-flagged: a high one alerts the coordinators). */
export function openCase(facts: OpenCaseFacts, context: DecisionContext & { caseId: string; tenant: string }): CaseDecision {
  const { flags } = mergeFlags([], facts.riskFlags);
  const kase: Case = {
    id: context.caseId,
    tenant: context.tenant,
    personId: facts.personId,
    intakeIds: [facts.intakeId],
    alias: facts.alias,
    profile: { ...facts.profile, languages: [...facts.profile.languages] },
    status: 'open',
    priority: priorityOf(flags),
    riskFlags: flags,
    countInStatistics: facts.countInStatistics,
    assignee: null,
    openedAt: context.now,
    activatedAt: null,
    closedAt: null,
    closure: null,
    pendingClosure: null,
    reopenedAt: null,
    version: 1,
  };
  const events: CaseEvent[] = [
    {
      type: 'case.opened',
      data: {
        caseId: kase.id,
        intakeId: facts.intakeId,
        personId: kase.personId,
        openedAt: iso(context.now),
        priority: kase.priority,
        riskFlags: flags,
        countInStatistics: kase.countInStatistics,
        profile: kase.profile,
        migratoryStatus: facts.migratoryStatus,
        returning: facts.returning,
      },
    },
  ];
  if (flags.length > 0) events.push({ type: 'case.risk-flagged', data: { caseId: kase.id, flags, priority: kase.priority, flaggedAt: iso(context.now) } });
  return { case: kase, events, history: [statusHistory(kase, 'opened', null)] };
}

/** open → active: work has started (a member of staff says so, or the first service was recorded). */
export function activateCase(current: Case, context: DecisionContext): CaseDecision {
  const status = transition(current.status, 'activate');
  const kase = changed(current, { ...current, status, activatedAt: context.now });
  return { case: kase, events: [statusEvent(kase, current.status, 'activated', context.now)], history: [statusHistory(kase, 'activated', current.status)] };
}

/**
 * Closes a case with an outcome. A high-priority case needs a coordinator's sign-off
 * (`signedOffBy`), else CASE.SIGN_OFF_REQUIRED; a transfer needs none, since the person's case goes
 * on at the receiving centre, whose coordinator accepted it.
 */
export function closeCase(current: Case, command: { outcome: CaseOutcome; signedOffBy: string | null }, context: DecisionContext): CaseDecision {
  const status = transition(current.status, 'close');
  if (current.priority === 'high' && command.signedOffBy === null && command.outcome !== 'transferred') {
    throw new DomainError('CASE.SIGN_OFF_REQUIRED', 'conflict', "A high-priority case closes only with a coordinator's sign-off.");
  }
  return closed(current, status, { outcome: command.outcome, closedBy: context.actor, signedOffBy: command.signedOffBy }, context.now);
}

function closed(current: Case, status: CaseStatus, closure: CaseClosure, now: Date): CaseDecision {
  const kase = changed(current, { ...current, status, closedAt: now, closure, pendingClosure: null });
  return {
    case: kase,
    events: [
      statusEvent(kase, current.status, 'closed', now),
      { type: 'case.closed', data: { caseId: kase.id, outcome: closure.outcome, closedAt: iso(now) } },
    ],
    history: [statusHistory(kase, 'closed', current.status)],
  };
}

/**
 * Asks a coordinator to sign off the closure of a high-priority case; the case stays as it is until
 * then. case.closure-requested tells the centre's coordinators a sign-off waits.
 */
export function requestClosure(current: Case, command: { outcome: CaseOutcome }, context: DecisionContext): CaseDecision {
  const status = transition(current.status, 'request-closure');
  if (current.priority !== 'high') {
    throw new DomainError('CASE.SIGN_OFF_NOT_REQUIRED', 'conflict', 'Only a high-priority case waits for sign-off; close it directly.');
  }
  if (current.pendingClosure) {
    throw new DomainError('CASE.CLOSURE_PENDING', 'conflict', "This case's closure already waits for a coordinator's sign-off.");
  }
  const kase = changed(current, { ...current, status, pendingClosure: { outcome: command.outcome, requestedBy: context.actor, requestedAt: context.now } });
  const event: CaseEvent = {
    type: 'case.closure-requested',
    data: { caseId: kase.id, outcome: command.outcome, priority: kase.priority, requestedAt: iso(context.now) },
  };
  return { case: kase, events: [event], history: [statusHistory(kase, 'closure-requested', current.status)] };
}

/**
 * A member of staff closes a case: a coordinator closes at once (signing off a high-priority case by
 * doing so); anyone else closing a high-priority case asks for sign-off instead.
 */
export function decideClosure(
  current: Case,
  command: { outcome: CaseOutcome },
  context: DecisionContext & { actorSignsOff: boolean },
): CaseDecision & { result: 'closed' | 'closure-requested' } {
  if (context.actorSignsOff || current.priority !== 'high') {
    const signedOffBy = current.priority === 'high' ? context.actor : null;
    return { ...closeCase(current, { outcome: command.outcome, signedOffBy }, context), result: 'closed' };
  }
  return { ...requestClosure(current, command, context), result: 'closure-requested' };
}

function pendingOf(current: Case): PendingClosure {
  if (!current.pendingClosure) throw new DomainError('CASE.NO_CLOSURE_PENDING', 'conflict', 'No closure of this case waits for sign-off.');
  return current.pendingClosure;
}

/** A coordinator signs off the pending closure: the case closes with the outcome asked for. */
export function signOffClosure(current: Case, context: DecisionContext): CaseDecision {
  const status = transition(current.status, 'sign-off');
  const pending = pendingOf(current);
  return closed(current, status, { outcome: pending.outcome, closedBy: pending.requestedBy, signedOffBy: context.actor }, context.now);
}

/** A coordinator turns the pending closure down: the case stays open. (Who did it goes into the history from the context.) */
export function rejectClosure(current: Case, _context: DecisionContext): CaseDecision {
  const status = transition(current.status, 'reject-closure');
  const pending = pendingOf(current);
  const kase = changed(current, { ...current, status, pendingClosure: null });
  return { case: kase, events: [], history: [statusHistory(kase, 'closure-rejected', current.status, pending.outcome)] };
}

/**
 * closed → active. The last closure is kept in the history, not on the case. A case closed as
 * `transferred` goes on at the centre that accepted it: only a coordinator reopens it here
 * (`reopensTransferred`), else CASE.TRANSFERRED_REOPEN_COORDINATOR_ONLY (403). Sending the person
 * to that centre again is refused by the transfers (CASE.TRANSFER_ALREADY_ACCEPTED).
 */
export function reopenCase(current: Case, context: DecisionContext & { reopensTransferred: boolean }): CaseDecision {
  const status = transition(current.status, 'reopen');
  if (current.closure?.outcome === 'transferred' && !context.reopensTransferred) {
    throw new DomainError(
      'CASE.TRANSFERRED_REOPEN_COORDINATOR_ONLY',
      'forbidden',
      "This case was transferred and goes on at the centre that accepted it; only a coordinator reopens it here.",
    );
  }
  const kase = changed(current, { ...current, status, closedAt: null, closure: null, reopenedAt: context.now });
  return { case: kase, events: [statusEvent(kase, current.status, 'reopened', context.now)], history: [statusHistory(kase, 'reopened', current.status)] };
}

/**
 * Gives the case to a member of staff (or to nobody). Giving it to whoever holds it already changes
 * nothing (the same case comes back, and nothing is to be saved). Unassigning is in the history but
 * announces nothing: case.assigned names an assignee.
 */
export function assignCase(current: Case, command: { assignee: string | null }, context: DecisionContext): CaseDecision {
  transition(current.status, 'assign');
  if (current.assignee === command.assignee) return { case: current, events: [], history: [] };
  const kase = changed(current, { ...current, assignee: command.assignee });
  const events: CaseEvent[] =
    command.assignee === null
      ? []
      : [{ type: 'case.assigned', data: { caseId: kase.id, assignee: command.assignee, assignedBy: context.actor ?? 'system', assignedAt: iso(context.now) } }];
  return { case: kase, events, history: [{ kind: 'assignment', from: current.assignee, to: command.assignee }] };
}

/**
 * A returning person's new intake joins their case: a closed case is reopened
 * (case.status-changed, reason returning-person), the attachment is announced for reporting
 * (case.intake-attached, with the migratory situation of this interview: the person is served
 * again), and flags the case did not hold yet are raised (case.risk-flagged with only those;
 * priority only goes up). A closure waiting for sign-off is withdrawn (history
 * `closure-withdrawn`, with the outcome that was asked for). An intake already attached is refused.
 */
export function attachIntake(
  current: Case,
  intake: { intakeId: string; riskFlags: readonly RiskFlag[]; migratoryStatus: MigratoryStatus | null },
  context: DecisionContext,
): CaseDecision {
  if (current.intakeIds.includes(intake.intakeId)) {
    throw new DomainError('CASE.INTAKE_ALREADY_ATTACHED', 'conflict', 'This intake is already attached to the case.');
  }
  transition(current.status, 'attach-intake');
  const reopening = current.status === 'closed';
  const status = reopening ? transition(current.status, 'reopen') : current.status;
  const { flags, added } = mergeFlags(current.riskFlags, intake.riskFlags);
  const kase = changed(current, {
    ...current,
    status,
    intakeIds: [...current.intakeIds, intake.intakeId],
    riskFlags: flags,
    priority: priorityOf(flags),
    // A closure asked for before the person came back (lost contact, withdrawn...) no longer holds:
    // a coordinator signing it off now would close the case of someone just interviewed again.
    pendingClosure: null,
    ...(reopening ? { closedAt: null, closure: null, reopenedAt: context.now } : {}),
  });
  const events: CaseEvent[] = [];
  if (reopening) events.push(statusEvent(kase, current.status, 'returning-person', context.now));
  events.push({ type: 'case.intake-attached', data: { caseId: kase.id, intakeId: intake.intakeId, migratoryStatus: intake.migratoryStatus, attachedAt: iso(context.now) } });
  if (added.length > 0) events.push({ type: 'case.risk-flagged', data: { caseId: kase.id, flags: added, priority: kase.priority, flaggedAt: iso(context.now) } });
  const history = [statusHistory(kase, reopening ? 'returning-person' : 'intake-attached', current.status)];
  if (current.pendingClosure) history.push(statusHistory(kase, 'closure-withdrawn', current.status, current.pendingClosure.outcome));
  return { case: kase, events, history };
}

/**
 * The person gave or withdrew their consent to be counted in anonymised statistics (as the consent
 * projection learns it): the case follows, whatever its status. Nothing changes when it already
 * agrees (the same case comes back: nothing to save). Kept in the history; no case event, since
 * reporting follows the consent events themselves.
 */
export function countInStatistics(current: Case, command: { counted: boolean }, _context: DecisionContext): CaseDecision {
  transition(current.status, 'count-in-statistics');
  if (current.countInStatistics === command.counted) return { case: current, events: [], history: [] };
  const kase = changed(current, { ...current, countInStatistics: command.counted });
  return { case: kase, events: [], history: [{ kind: 'consent', purpose: 'statistics', given: command.counted }] };
}

/** What an erased person's alias reads as. */
export const ERASED_ALIAS = '[erased]';

/** What an erased person's profile reads as: nothing known. */
export const ERASED_PROFILE: CaseProfile = { sex: 'not-stated', ageBand: 'unknown', nationality: 'unknown', languages: [] };

const isErased = (kase: Case) =>
  kase.alias === ERASED_ALIAS &&
  kase.profile.sex === ERASED_PROFILE.sex &&
  kase.profile.ageBand === ERASED_PROFILE.ageBand &&
  kase.profile.nationality === ERASED_PROFILE.nationality &&
  kase.profile.languages.length === 0;

/**
 * The person was erased (person.erased): the case forgets who it was about (alias, profile) and
 * keeps what the centre's figures and history need: status, dates, priority and risk flag codes,
 * the statistics flag, staff. No event: the other services follow person.erased themselves. A case
 * erased already comes back as it is (nothing to save).
 */
export function erasePersonalData(current: Case, _context: DecisionContext): CaseDecision {
  transition(current.status, 'erase-personal-data');
  if (isErased(current)) return { case: current, events: [], history: [] };
  const kase = changed(current, { ...current, alias: ERASED_ALIAS, profile: { ...ERASED_PROFILE, languages: [] } });
  return { case: kase, events: [], history: [statusHistory(kase, 'personal-data-erased', current.status)] };
}
