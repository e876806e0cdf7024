import type {
  AccompanimentOffice,
  AccompanimentProcedure,
  AmountName,
  CancelReason,
  CaseOutcome,
  CasePriority,
  CaseSort,
  CaseStatus,
  ClaimAuthority,
  ClaimStatus,
  ClaimType,
  DateName,
  DeclineReason,
  HearingKind,
  HearingOutcome,
  NoteVisibility,
  ReferralNeed,
  ReferralOutcome,
  ReferralStatus,
  RiskScreen,
  ServiceType,
  TaskDueFilter,
  TaskKind,
  TransferStatus,
} from './case-api.types';

/**
 * Every code the API answers, as the key of its label in the cases namespace. The keys are written
 * out (never built from the code) so the locale test finds them; `satisfies Record<Code, string>`
 * makes a code the API adds fail the type-check until it has a label.
 */

export const STATUS_LABEL = { open: 'status.open', active: 'status.active', closed: 'status.closed' } as const satisfies Record<CaseStatus, string>;

export const PRIORITY_LABEL = { normal: 'priority.normal', medium: 'priority.medium', high: 'priority.high' } as const satisfies Record<CasePriority, string>;

export const OUTCOME_LABEL = {
  resolved: 'outcome.resolved',
  referred: 'outcome.referred',
  'lost-contact': 'outcome.lost-contact',
  withdrawn: 'outcome.withdrawn',
  transferred: 'outcome.transferred',
} as const satisfies Record<CaseOutcome, string>;

export const SORT_LABEL = { newest: 'sort.newest', oldest: 'sort.oldest', priority: 'sort.priority' } as const satisfies Record<CaseSort, string>;

export const TASK_DUE_LABEL = { overdue: 'taskDue.overdue', today: 'taskDue.today', week: 'taskDue.week' } as const satisfies Record<TaskDueFilter, string>;

export const SCREEN_LABEL = {
  'child-protection': 'screen.child-protection',
  'gender-based-violence': 'screen.gender-based-violence',
  'trafficking-forced-labour': 'screen.trafficking-forced-labour',
  'urgent-basic-needs': 'screen.urgent-basic-needs',
} as const satisfies Record<RiskScreen, string>;

/** The intake's screening flags (services/intake/src/interview/risk-rules.domain.ts). */
export const FLAG_LABEL: Readonly<Record<string, string>> = {
  'child-protection.begging': 'flag.child-protection.begging',
  'child-protection.child-labour': 'flag.child-protection.child-labour',
  'child-protection.hazardous-work': 'flag.child-protection.hazardous-work',
  'child-protection.out-of-school': 'flag.child-protection.out-of-school',
  'child-protection.separated-child': 'flag.child-protection.separated-child',
  'child-protection.unaccompanied-minor': 'flag.child-protection.unaccompanied-minor',
  'child-protection.working-adolescent': 'flag.child-protection.working-adolescent',
  'gender-based-violence.at-workplace': 'flag.gender-based-violence.at-workplace',
  'gender-based-violence.unsafe-now': 'flag.gender-based-violence.unsafe-now',
  'gender-based-violence.violence-experienced': 'flag.gender-based-violence.violence-experienced',
  'gender-based-violence.wants-specialised-support': 'flag.gender-based-violence.wants-specialised-support',
  'trafficking.changed-conditions': 'flag.trafficking.changed-conditions',
  'trafficking.debt-bondage': 'flag.trafficking.debt-bondage',
  'trafficking.debt-to-recruiter': 'flag.trafficking.debt-to-recruiter',
  'trafficking.documents-withheld': 'flag.trafficking.documents-withheld',
  'trafficking.earnings-taken': 'flag.trafficking.earnings-taken',
  'trafficking.excessive-hours': 'flag.trafficking.excessive-hours',
  'trafficking.false-promises': 'flag.trafficking.false-promises',
  'trafficking.financial-access-restricted': 'flag.trafficking.financial-access-restricted',
  'trafficking.isolation': 'flag.trafficking.isolation',
  'trafficking.medical-care-restricted': 'flag.trafficking.medical-care-restricted',
  'trafficking.movement-restricted': 'flag.trafficking.movement-restricted',
  'trafficking.multiple-indicators': 'flag.trafficking.multiple-indicators',
  'trafficking.necessities-withheld': 'flag.trafficking.necessities-withheld',
  'trafficking.other-control': 'flag.trafficking.other-control',
  'trafficking.physical-abuse': 'flag.trafficking.physical-abuse',
  'trafficking.psychoactive-substances': 'flag.trafficking.psychoactive-substances',
  'trafficking.psychological-abuse': 'flag.trafficking.psychological-abuse',
  'trafficking.sexual-abuse': 'flag.trafficking.sexual-abuse',
  'trafficking.threat-of-denunciation': 'flag.trafficking.threat-of-denunciation',
  'trafficking.threats': 'flag.trafficking.threats',
  'trafficking.unpaid-work': 'flag.trafficking.unpaid-work',
  'trafficking.uses-children': 'flag.trafficking.uses-children',
  'trafficking.wages-withheld': 'flag.trafficking.wages-withheld',
  'urgent-needs.food': 'flag.urgent-needs.food',
  'urgent-needs.medical-urgent': 'flag.urgent-needs.medical-urgent',
  'urgent-needs.medication': 'flag.urgent-needs.medication',
  'urgent-needs.safety-threat': 'flag.urgent-needs.safety-threat',
  'urgent-needs.shelter-tonight': 'flag.urgent-needs.shelter-tonight',
};

/** A flag's label key; a code this app does not know yet reads as "another indicator" of its screen, never as a raw code. */
export function flagLabel(flag: { flag: string; screen: RiskScreen }): { key: string; screen: string | null } {
  const known = FLAG_LABEL[flag.flag];
  return known ? { key: known, screen: null } : { key: 'flag.unknown', screen: SCREEN_LABEL[flag.screen] };
}

export const SERVICE_TYPE_LABEL = {
  'labour-rights-guidance': 'serviceType.labour-rights-guidance',
  'procedures-guidance': 'serviceType.procedures-guidance',
  'job-opportunities': 'serviceType.job-opportunities',
  accompaniment: 'serviceType.accompaniment',
  interpretation: 'serviceType.interpretation',
  'labour-justice-support': 'serviceType.labour-justice-support',
  other: 'serviceType.other',
} as const satisfies Record<ServiceType, string>;

export const OFFICE_LABEL = {
  INM: 'office.INM',
  SAT: 'office.SAT',
  IMSS: 'office.IMSS',
  'conciliation-centre': 'office.conciliation-centre',
  'labour-court': 'office.labour-court',
  COMAR: 'office.COMAR',
  consulate: 'office.consulate',
  'employment-service': 'office.employment-service',
  'civil-registry': 'office.civil-registry',
  other: 'office.other',
} as const satisfies Record<AccompanimentOffice, string>;

export const PROCEDURE_LABEL = {
  'visitor-card-application': 'procedure.visitor-card-application',
  'visitor-card-renewal': 'procedure.visitor-card-renewal',
  'tax-registration': 'procedure.tax-registration',
  'social-security-registration': 'procedure.social-security-registration',
  curp: 'procedure.curp',
  'labour-complaint': 'procedure.labour-complaint',
  'asylum-application': 'procedure.asylum-application',
  'asylum-signing': 'procedure.asylum-signing',
  'consular-documents': 'procedure.consular-documents',
  'birth-registration': 'procedure.birth-registration',
  'job-placement': 'procedure.job-placement',
  other: 'procedure.other',
} as const satisfies Record<AccompanimentProcedure, string>;

export const CLAIM_TYPE_LABEL = {
  'unpaid-wages': 'claimType.unpaid-wages',
  'wage-theft': 'claimType.wage-theft',
  'unjustified-dismissal': 'claimType.unjustified-dismissal',
  'forced-resignation': 'claimType.forced-resignation',
  'document-retention': 'claimType.document-retention',
  'changed-conditions': 'claimType.changed-conditions',
  'unpaid-overtime': 'claimType.unpaid-overtime',
  'workplace-harassment': 'claimType.workplace-harassment',
  other: 'claimType.other',
} as const satisfies Record<ClaimType, string>;

export const AUTHORITY_LABEL = {
  'conciliation-centre': 'authority.conciliation-centre',
  'labour-court': 'authority.labour-court',
  'labour-inspectorate': 'authority.labour-inspectorate',
  other: 'authority.other',
} as const satisfies Record<ClaimAuthority, string>;

export const CLAIM_STATUS_LABEL = {
  preparing: 'claimStatus.preparing',
  'conciliation-filed': 'claimStatus.conciliation-filed',
  'in-conciliation': 'claimStatus.in-conciliation',
  agreement: 'claimStatus.agreement',
  'lawsuit-filed': 'claimStatus.lawsuit-filed',
  'in-trial': 'claimStatus.in-trial',
  awarded: 'claimStatus.awarded',
  dismissed: 'claimStatus.dismissed',
  abandoned: 'claimStatus.abandoned',
  paid: 'claimStatus.paid',
} as const satisfies Record<ClaimStatus, string>;

export const AMOUNT_LABEL = {
  claimed: 'amount.claimed',
  agreed: 'amount.agreed',
  awarded: 'amount.awarded',
  received: 'amount.received',
} as const satisfies Record<AmountName, string>;

export const CLAIM_DATE_LABEL = {
  conciliationFiledOn: 'claimDate.conciliationFiledOn',
  agreementOn: 'claimDate.agreementOn',
  judgmentOn: 'claimDate.judgmentOn',
} as const satisfies Record<DateName, string>;

export const HEARING_KIND_LABEL = {
  conciliation: 'hearingKind.conciliation',
  preliminary: 'hearingKind.preliminary',
  trial: 'hearingKind.trial',
  judgment: 'hearingKind.judgment',
  other: 'hearingKind.other',
} as const satisfies Record<HearingKind, string>;

export const HEARING_OUTCOME_LABEL = {
  held: 'hearingOutcome.held',
  agreement: 'hearingOutcome.agreement',
  'no-agreement': 'hearingOutcome.no-agreement',
  postponed: 'hearingOutcome.postponed',
  'employer-absent': 'hearingOutcome.employer-absent',
  'worker-absent': 'hearingOutcome.worker-absent',
  other: 'hearingOutcome.other',
} as const satisfies Record<HearingOutcome, string>;

export const TASK_KIND_LABEL = {
  hearing: 'taskKind.hearing',
  'card-renewal': 'taskKind.card-renewal',
  'signing-appointment': 'taskKind.signing-appointment',
  'call-back': 'taskKind.call-back',
  document: 'taskKind.document',
  other: 'taskKind.other',
} as const satisfies Record<TaskKind, string>;

export const TASK_STATUS_LABEL = { open: 'taskStatus.open', done: 'taskStatus.done', cancelled: 'taskStatus.cancelled' } as const satisfies Record<
  'open' | 'done' | 'cancelled',
  string
>;

export const VISIBILITY_LABEL = { centre: 'visibility.centre', restricted: 'visibility.restricted' } as const satisfies Record<NoteVisibility, string>;

export const NEED_LABEL = {
  shelter: 'need.shelter',
  food: 'need.food',
  health: 'need.health',
  'immigration-legal-aid': 'need.immigration-legal-aid',
  'women-justice': 'need.women-justice',
  'child-protection': 'need.child-protection',
  education: 'need.education',
  'lgbtiq-shelter': 'need.lgbtiq-shelter',
  employment: 'need.employment',
  other: 'need.other',
} as const satisfies Record<ReferralNeed, string>;

export const REFERRAL_STATUS_LABEL = {
  made: 'referralStatus.made',
  completed: 'referralStatus.completed',
  declined: 'referralStatus.declined',
  'not-taken-up': 'referralStatus.not-taken-up',
  'consent-withdrawn': 'referralStatus.consent-withdrawn',
} as const satisfies Record<ReferralStatus, string>;

export const REFERRAL_OUTCOME_LABEL = {
  completed: 'referralStatus.completed',
  declined: 'referralStatus.declined',
  'not-taken-up': 'referralStatus.not-taken-up',
} as const satisfies Record<ReferralOutcome, string>;

export const TRANSFER_STATUS_LABEL = {
  requested: 'transferStatus.requested',
  accepted: 'transferStatus.accepted',
  declined: 'transferStatus.declined',
  cancelled: 'transferStatus.cancelled',
} as const satisfies Record<TransferStatus, string>;

export const DECLINE_REASON_LABEL = {
  'no-capacity': 'declineReason.no-capacity',
  'person-not-arrived': 'declineReason.person-not-arrived',
  'outside-services': 'declineReason.outside-services',
  other: 'declineReason.other',
} as const satisfies Record<DeclineReason, string>;

export const CANCEL_REASON_LABEL = {
  'consent-withdrawn': 'cancelReason.consent-withdrawn',
  'case-closed': 'cancelReason.case-closed',
  'origin-cancelled': 'cancelReason.origin-cancelled',
  'target-unavailable': 'cancelReason.target-unavailable',
} as const satisfies Record<CancelReason, string>;

/** A label map's codes, in the order written, for a select's options. */
export function codesOf<Code extends string>(labels: Readonly<Record<Code, string>>): Code[] {
  return Object.keys(labels) as Code[];
}
