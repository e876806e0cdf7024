import type {
  AgeBand,
  CalendarDay,
  CaseOutcome,
  CasePriority,
  CaseStatus,
  DataOf,
  MigratoryStatus,
  PartnerService,
  RecordedNationality,
  ReferralStatus,
  RiskLevel,
  RiskScreen,
  ServiceType,
  Sex,
  caseLabourClaimChangedV1,
} from '@corredor/contracts';

/**
 * The facts reporting keeps, from the events it consumes: categories, dates and random ids, never
 * anything that describes a person beyond the categories counted. Every fact belongs to a centre
 * (`tenant`) and, but for the person facts, to a case: a case that must not be counted (statistics
 * consent) takes all its facts with it.
 */

/** A case as reporting counts it: its person (a random id), the profile categories at opening, its status history. */
export interface CaseFact {
  tenant: string;
  caseId: string;
  /** The random person id of the case's person. */
  personId: string;
  openedAt: Date;
  /** The person had been served at this centre before this case (their intake said so). */
  returning: boolean;
  priority: CasePriority;
  sex: Sex;
  ageBand: AgeBand;
  nationality: RecordedNationality;
  languages: readonly string[];
  /** At opening; null when the intake did not record it. */
  migratoryStatus: MigratoryStatus | null;
  /** What the status became after opening (it opens as `open`), oldest first. */
  statusChanges: readonly StatusChangeFact[];
  closures: readonly ClosureFact[];
}

export interface StatusChangeFact {
  at: Date;
  to: CaseStatus;
}

export interface ClosureFact {
  at: Date;
  outcome: CaseOutcome;
}

/** A returning person's new intake joined their case: they were served again then. */
export interface IntakeAttachmentFact {
  tenant: string;
  caseId: string;
  intakeId: string;
  attachedAt: Date;
  migratoryStatus: MigratoryStatus | null;
}

export interface ServiceFact {
  tenant: string;
  serviceId: string;
  caseId: string;
  type: ServiceType;
  /** The centre's calendar day it was delivered on. */
  deliveredOn: CalendarDay;
  language: string | null;
  /** Recorded by mistake: counted nowhere. */
  voided: boolean;
}

type ClaimChange = DataOf<typeof caseLabourClaimChangedV1>;

/** One step of a labour-justice claim (one case.labour-claim-changed): what it stood at then. */
export interface ClaimStepFact {
  tenant: string;
  claimId: string;
  caseId: string;
  at: Date;
  claimType: ClaimChange['claimType'];
  authority: ClaimChange['authority'];
  status: ClaimChange['status'];
  currency: string;
  /** Decimal strings ("1500.50"), null when not known at that step. */
  claimed: string | null;
  agreed: string | null;
  awarded: string | null;
  received: string | null;
}

/** One risk flag raised on a case (at opening or by a later interview). */
export interface RiskFlagFact {
  tenant: string;
  caseId: string;
  screen: RiskScreen;
  flag: string;
  level: RiskLevel;
  raisedAt: Date;
}

/**
 * A referral to a partner organisation. Its status may be heard of before the referral itself
 * (then `madeAt` is null until it is): the two come in order on the referral topic, but a replay
 * or a redelivery need not keep to it.
 */
export interface ReferralFact {
  tenant: string;
  referralId: string;
  caseId: string;
  partnerId: string | null;
  partnerName: string | null;
  need: PartnerService | null;
  madeAt: Date | null;
  status: ReferralStatus;
  /** When the status last changed; null while it is `made`. */
  statusChangedAt: Date | null;
}

/**
 * What reporting keeps of a person, by their random id, to honour their decisions: the latest
 * statistics withdrawal (every case of theirs opened by then is kept out), or that they were erased
 * (every case of theirs is kept out, whenever opened or heard of). An erased person's record keeps
 * nothing else: no withdrawal, and no other id.
 */
export interface PersonFact {
  tenant: string;
  personId: string;
  withdrawnAt: Date | null;
  erased: boolean;
}

/** The instants and days of a report period: `to` excluded, `toDay` included. */
export interface FactWindow {
  from: Date;
  to: Date;
  fromDay: CalendarDay;
  toDay: CalendarDay;
}

/**
 * What the figures of one centre and period are computed from, as the store answers it (counted
 * cases only: a case kept out leaves nothing behind). Read-only: the in-memory store answers its own
 * (frozen) facts, uncopied.
 */
export interface CentreFacts {
  /** Every counted case of the centre (a person's first case and latest profile may lie outside the period). */
  cases: readonly CaseFact[];
  /** Intakes attached before the period's end. */
  attachments: readonly IntakeAttachmentFact[];
  /** Services not voided, delivered on a day of the period. */
  services: readonly ServiceFact[];
  /** Cases whose first service not voided was delivered on a day of the period, with that day. */
  firstServices: ReadonlyArray<{ caseId: string; deliveredOn: CalendarDay }>;
  /** Each claim with a step in the period: its latest step before the period's end. */
  claims: readonly ClaimStepFact[];
  /** Of those claims, each one's latest step before the period began (none for a claim first recorded in it): where its amounts stood. */
  claimsAtStart: readonly ClaimStepFact[];
  /** Flags raised in the period. */
  riskFlags: readonly RiskFlagFact[];
  /** Referrals made in the period. */
  referrals: readonly ReferralFact[];
}

/** The kinds of facts CentreFacts holds: a report reads only those its figures are computed from. */
export type FactKind = keyof CentreFacts;
export const FACT_KINDS = ['cases', 'attachments', 'services', 'firstServices', 'claims', 'claimsAtStart', 'riskFlags', 'referrals'] as const satisfies readonly FactKind[];
