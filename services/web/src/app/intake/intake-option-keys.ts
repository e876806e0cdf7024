import type {
  CaseAction,
  ConsentPurpose,
  ContactChannel,
  ControlMethod,
  Controller,
  DocumentType,
  EmploymentStatus,
  GenderIdentity,
  MatchReason,
  MigratoryStatus,
  Need,
  PayPeriod,
  Schooling,
  ScreenAnswer,
  Screens,
  Sex,
  SigningFrequency,
  TravelsWith,
  WorkSector,
} from './intake-api.types';

/**
 * The label of every code the interview offers, as keys of the intake namespace. `satisfies
 * Record<Code, string>` makes a code the API adds fail the type-check until it has a label.
 */
export const SEX_LABELS = { female: 'sex.female', male: 'sex.male', intersex: 'sex.intersex', 'not-stated': 'sex.not-stated' } as const satisfies Record<Sex, string>;

export const GENDER_LABELS = {
  woman: 'gender.woman',
  man: 'gender.man',
  'trans-woman': 'gender.trans-woman',
  'trans-man': 'gender.trans-man',
  'non-binary': 'gender.non-binary',
  'self-described': 'gender.self-described',
  'prefer-not-to-say': 'gender.prefer-not-to-say',
} as const satisfies Record<GenderIdentity, string>;

export const CHANNEL_LABELS = { phone: 'channel.phone', whatsapp: 'channel.whatsapp', email: 'channel.email' } as const satisfies Record<ContactChannel, string>;

export const DOCUMENT_LABELS = {
  CURP: 'document.CURP',
  RFC: 'document.RFC',
  NSS: 'document.NSS',
  passport: 'document.passport',
  'other-id': 'document.other-id',
} as const satisfies Record<DocumentType, string>;

export const STATUS_LABELS = {
  tvrh: 'status.tvrh',
  tvtf: 'status.tvtf',
  tvr: 'status.tvr',
  'temporary-resident': 'status.temporary-resident',
  'permanent-resident': 'status.permanent-resident',
  'asylum-seeker': 'status.asylum-seeker',
  'recognised-refugee': 'status.recognised-refugee',
  'waiting-us-asylum-hearing': 'status.waiting-us-asylum-hearing',
  irregular: 'status.irregular',
  'mexican-internal-migrant': 'status.mexican-internal-migrant',
  returnee: 'status.returnee',
  other: 'status.other',
} as const satisfies Record<MigratoryStatus, string>;

export const SIGNING_LABELS = {
  weekly: 'signing.weekly',
  fortnightly: 'signing.fortnightly',
  monthly: 'signing.monthly',
  other: 'signing.other',
} as const satisfies Record<SigningFrequency, string>;

export const SECTOR_LABELS = {
  agriculture: 'sector.agriculture',
  construction: 'sector.construction',
  'manufacturing-maquila': 'sector.manufacturing-maquila',
  'domestic-work': 'sector.domestic-work',
  hospitality: 'sector.hospitality',
  retail: 'sector.retail',
  services: 'sector.services',
  'street-vending': 'sector.street-vending',
  other: 'sector.other',
  none: 'sector.none',
} as const satisfies Record<WorkSector, string>;

export const EMPLOYMENT_LABELS = {
  employed: 'employment.employed',
  'self-employed': 'employment.self-employed',
  'day-labourer': 'employment.day-labourer',
  'unemployed-seeking': 'employment.unemployed-seeking',
  'not-working': 'employment.not-working',
} as const satisfies Record<EmploymentStatus, string>;

export const PERIOD_LABELS = { hour: 'period.hour', day: 'period.day', week: 'period.week', fortnight: 'period.fortnight', month: 'period.month' } as const satisfies Record<PayPeriod, string>;

export const TRAVELS_LABELS = { alone: 'travels.alone', 'with-family': 'travels.with-family', 'with-others': 'travels.with-others' } as const satisfies Record<TravelsWith, string>;

export const SCHOOLING_LABELS = {
  'in-school': 'schooling.in-school',
  'not-enrolled': 'schooling.not-enrolled',
  'dropped-out': 'schooling.dropped-out',
  'not-school-age': 'schooling.not-school-age',
} as const satisfies Record<Schooling, string>;

export const NEED_LABELS = {
  'labour-rights': 'need.labour-rights',
  job: 'need.job',
  'documents-procedures': 'need.documents-procedures',
  'labour-justice': 'need.labour-justice',
  shelter: 'need.shelter',
  food: 'need.food',
  health: 'need.health',
  'legal-aid-immigration': 'need.legal-aid-immigration',
  education: 'need.education',
  interpretation: 'need.interpretation',
  other: 'need.other',
} as const satisfies Record<Need, string>;

export const ANSWER_LABELS = { yes: 'answer.yes', no: 'answer.no', unknown: 'answer.unknown' } as const satisfies Record<ScreenAnswer, string>;

export const CONTROL_LABELS = {
  'debt-bondage': 'control.debt-bondage',
  'takes-earnings': 'control.takes-earnings',
  'restricts-financial-access': 'control.restricts-financial-access',
  threats: 'control.threats',
  'psychological-abuse': 'control.psychological-abuse',
  'physical-abuse': 'control.physical-abuse',
  'sexual-abuse': 'control.sexual-abuse',
  'false-promises': 'control.false-promises',
  'psychoactive-substances': 'control.psychoactive-substances',
  'restricts-movement': 'control.restricts-movement',
  'restricts-medical-care': 'control.restricts-medical-care',
  'excessive-working-hours': 'control.excessive-working-hours',
  'uses-children': 'control.uses-children',
  'threat-of-law-enforcement': 'control.threat-of-law-enforcement',
  'withholds-necessities': 'control.withholds-necessities',
  'withholds-documents': 'control.withholds-documents',
  other: 'control.other',
  'changed-conditions': 'control.changed-conditions',
  'withholds-wages': 'control.withholds-wages',
  isolation: 'control.isolation',
} as const satisfies Record<ControlMethod, string>;

export const CONTROLLER_LABELS = { employer: 'controller.employer', recruiter: 'controller.recruiter', other: 'controller.other' } as const satisfies Record<Controller, string>;

export const CHILD_PROTECTION_LABELS = {
  childLabour: 'question.childLabour',
  hazardousWorkAdolescent: 'question.hazardousWorkAdolescent',
  begging: 'question.begging',
  unaccompaniedOrSeparated: 'question.unaccompaniedOrSeparated',
} as const satisfies Record<keyof Screens['childProtection'], string>;

export const GBV_LABELS = {
  violenceExperienced: 'question.violenceExperienced',
  atWorkplace: 'question.atWorkplace',
  feelsUnsafeNow: 'question.feelsUnsafeNow',
  wantsSpecialisedSupport: 'question.wantsSpecialisedSupport',
} as const satisfies Record<keyof Screens['genderBasedViolence'], string>;

export const TRAFFICKING_LABELS = { debtToRecruiter: 'question.debtToRecruiter', unpaidWork: 'question.unpaidWork' } as const;

export const URGENT_NEEDS_LABELS = {
  shelterTonight: 'question.shelterTonight',
  food: 'question.food',
  medicalUrgent: 'question.medicalUrgent',
  medication: 'question.medication',
  safetyThreat: 'question.safetyThreat',
} as const satisfies Record<keyof Screens['urgentBasicNeeds'], string>;

export const CONSENT_LABELS = {
  'store-data': 'consent.store-data',
  statistics: 'consent.statistics',
  contact: 'consent.contact',
  'share-with-partner': 'consent.share-with-partner',
  transfer: 'consent.transfer',
} as const satisfies Record<ConsentPurpose, string>;

export const CASE_ACTION_LABELS = { 'open-new': 'caseAction.open-new', 'reopen-last': 'caseAction.reopen-last' } as const satisfies Record<CaseAction, string>;

export const MATCH_REASON_LABELS = {
  document: 'matchReason.document',
  'name-year-nationality': 'matchReason.name-year-nationality',
  'name-year': 'matchReason.name-year',
} as const satisfies Record<MatchReason, string>;
