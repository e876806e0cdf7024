import type { PeriodKind } from './period';

/**
 * Every indicator, dimension and category the reporting service answers, as the key of its label in
 * the reports namespace. Keys are written out (never built from a code) so the locale test finds
 * them; the unit test checks these maps against the contracts' lists, so a code the services add
 * fails a test until it has a label. A category's map also gives its order in tables and charts.
 */

export const INDICATOR_IDS = [
  'people-served',
  'cases-opened',
  'cases-active',
  'cases-closed',
  'services-delivered',
  'people-receiving-services',
  'interpretation',
  'referrals',
  'labour-claims',
  'risk-flags',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export const isIndicatorId = (id: string): id is IndicatorId => (INDICATOR_IDS as readonly string[]).includes(id);

export const INDICATOR_LABEL = {
  'people-served': 'indicator.people-served.name',
  'cases-opened': 'indicator.cases-opened.name',
  'cases-active': 'indicator.cases-active.name',
  'cases-closed': 'indicator.cases-closed.name',
  'services-delivered': 'indicator.services-delivered.name',
  'people-receiving-services': 'indicator.people-receiving-services.name',
  interpretation: 'indicator.interpretation.name',
  referrals: 'indicator.referrals.name',
  'labour-claims': 'indicator.labour-claims.name',
  'risk-flags': 'indicator.risk-flags.name',
} as const satisfies Record<IndicatorId, string>;

export const INDICATOR_DESCRIPTION = {
  'people-served': 'indicator.people-served.description',
  'cases-opened': 'indicator.cases-opened.description',
  'cases-active': 'indicator.cases-active.description',
  'cases-closed': 'indicator.cases-closed.description',
  'services-delivered': 'indicator.services-delivered.description',
  'people-receiving-services': 'indicator.people-receiving-services.description',
  interpretation: 'indicator.interpretation.description',
  referrals: 'indicator.referrals.description',
  'labour-claims': 'indicator.labour-claims.description',
  'risk-flags': 'indicator.risk-flags.description',
} as const satisfies Record<IndicatorId, string>;

/** What one count of an indicator is, as a plural message over `count` (`n` is the number as written). */
export const UNIT_LABEL = {
  person: 'unit.person',
  case: 'unit.case',
  closure: 'unit.closure',
  service: 'unit.service',
  referral: 'unit.referral',
  claim: 'unit.claim',
  flag: 'unit.flag',
} as const;
export type Unit = keyof typeof UNIT_LABEL;

export const DIMENSIONS = [
  'contact',
  'sex',
  'ageBand',
  'nationality',
  'language',
  'migratoryStatus',
  'priority',
  'status',
  'outcome',
  'serviceType',
  'need',
  'partner',
  'referralStatus',
  'claimType',
  'authority',
  'claimStatus',
  'screen',
  'level',
  'flag',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const isDimension = (id: string): id is Dimension => (DIMENSIONS as readonly string[]).includes(id);

/** A dimension as a column heading: "Sex". */
export const DIMENSION_LABEL = {
  contact: 'dimension.contact',
  sex: 'dimension.sex',
  ageBand: 'dimension.ageBand',
  nationality: 'dimension.nationality',
  language: 'dimension.language',
  migratoryStatus: 'dimension.migratoryStatus',
  priority: 'dimension.priority',
  status: 'dimension.status',
  outcome: 'dimension.outcome',
  serviceType: 'dimension.serviceType',
  need: 'dimension.need',
  partner: 'dimension.partner',
  referralStatus: 'dimension.referralStatus',
  claimType: 'dimension.claimType',
  authority: 'dimension.authority',
  claimStatus: 'dimension.claimStatus',
  screen: 'dimension.screen',
  level: 'dimension.level',
  flag: 'dimension.flag',
} as const satisfies Record<Dimension, string>;

/** A dimension after an indicator's name: "People served *by sex*". */
export const BY_DIMENSION_LABEL = {
  contact: 'by.contact',
  sex: 'by.sex',
  ageBand: 'by.ageBand',
  nationality: 'by.nationality',
  language: 'by.language',
  migratoryStatus: 'by.migratoryStatus',
  priority: 'by.priority',
  status: 'by.status',
  outcome: 'by.outcome',
  serviceType: 'by.serviceType',
  need: 'by.need',
  partner: 'by.partner',
  referralStatus: 'by.referralStatus',
  claimType: 'by.claimType',
  authority: 'by.authority',
  claimStatus: 'by.claimStatus',
  screen: 'by.screen',
  level: 'by.level',
  flag: 'by.flag',
} as const satisfies Record<Dimension, string>;

/** The category a fact did not record (a migratory situation, an interpretation's language). */
export const NOT_RECORDED = 'not-recorded';

/**
 * The categories of the dimensions whose values are codes of a fixed list. Nationality and language
 * are ISO codes named by the browser (Intl.DisplayNames) but for their own few codes; a partner is
 * named by the report itself.
 */
export const CATEGORY_LABEL = {
  contact: { new: 'category.contact.new', returning: 'category.contact.returning' },
  sex: { female: 'category.sex.female', male: 'category.sex.male', intersex: 'category.sex.intersex', 'not-stated': 'category.sex.not-stated' },
  ageBand: {
    '0-11': 'category.ageBand.0-11',
    '12-17': 'category.ageBand.12-17',
    '18-29': 'category.ageBand.18-29',
    '30-44': 'category.ageBand.30-44',
    '45-59': 'category.ageBand.45-59',
    '60+': 'category.ageBand.60+',
    unknown: 'category.ageBand.unknown',
  },
  nationality: { unknown: 'category.nationality.unknown', stateless: 'category.nationality.stateless' },
  language: { 'not-recorded': 'category.not-recorded' },
  migratoryStatus: {
    tvrh: 'category.migratoryStatus.tvrh',
    tvtf: 'category.migratoryStatus.tvtf',
    tvr: 'category.migratoryStatus.tvr',
    'temporary-resident': 'category.migratoryStatus.temporary-resident',
    'permanent-resident': 'category.migratoryStatus.permanent-resident',
    'asylum-seeker': 'category.migratoryStatus.asylum-seeker',
    'recognised-refugee': 'category.migratoryStatus.recognised-refugee',
    'waiting-us-asylum-hearing': 'category.migratoryStatus.waiting-us-asylum-hearing',
    irregular: 'category.migratoryStatus.irregular',
    'mexican-internal-migrant': 'category.migratoryStatus.mexican-internal-migrant',
    returnee: 'category.migratoryStatus.returnee',
    other: 'category.migratoryStatus.other',
    'not-recorded': 'category.not-recorded',
  },
  priority: { high: 'category.priority.high', medium: 'category.priority.medium', normal: 'category.priority.normal' },
  status: { open: 'category.status.open', active: 'category.status.active', closed: 'category.status.closed' },
  outcome: {
    resolved: 'category.outcome.resolved',
    referred: 'category.outcome.referred',
    'lost-contact': 'category.outcome.lost-contact',
    withdrawn: 'category.outcome.withdrawn',
    transferred: 'category.outcome.transferred',
  },
  serviceType: {
    'labour-rights-guidance': 'category.serviceType.labour-rights-guidance',
    'procedures-guidance': 'category.serviceType.procedures-guidance',
    'job-opportunities': 'category.serviceType.job-opportunities',
    accompaniment: 'category.serviceType.accompaniment',
    interpretation: 'category.serviceType.interpretation',
    'labour-justice-support': 'category.serviceType.labour-justice-support',
    other: 'category.serviceType.other',
  },
  need: {
    shelter: 'category.need.shelter',
    food: 'category.need.food',
    health: 'category.need.health',
    'immigration-legal-aid': 'category.need.immigration-legal-aid',
    'women-justice': 'category.need.women-justice',
    'child-protection': 'category.need.child-protection',
    education: 'category.need.education',
    'lgbtiq-shelter': 'category.need.lgbtiq-shelter',
    employment: 'category.need.employment',
    other: 'category.need.other',
  },
  referralStatus: {
    made: 'category.referralStatus.made',
    completed: 'category.referralStatus.completed',
    declined: 'category.referralStatus.declined',
    'not-taken-up': 'category.referralStatus.not-taken-up',
    'consent-withdrawn': 'category.referralStatus.consent-withdrawn',
  },
  claimType: {
    'unpaid-wages': 'category.claimType.unpaid-wages',
    'wage-theft': 'category.claimType.wage-theft',
    'unjustified-dismissal': 'category.claimType.unjustified-dismissal',
    'forced-resignation': 'category.claimType.forced-resignation',
    'document-retention': 'category.claimType.document-retention',
    'changed-conditions': 'category.claimType.changed-conditions',
    'unpaid-overtime': 'category.claimType.unpaid-overtime',
    'workplace-harassment': 'category.claimType.workplace-harassment',
    other: 'category.claimType.other',
  },
  authority: {
    'conciliation-centre': 'category.authority.conciliation-centre',
    'labour-court': 'category.authority.labour-court',
    'labour-inspectorate': 'category.authority.labour-inspectorate',
    other: 'category.authority.other',
  },
  claimStatus: {
    preparing: 'category.claimStatus.preparing',
    'conciliation-filed': 'category.claimStatus.conciliation-filed',
    'in-conciliation': 'category.claimStatus.in-conciliation',
    agreement: 'category.claimStatus.agreement',
    'lawsuit-filed': 'category.claimStatus.lawsuit-filed',
    'in-trial': 'category.claimStatus.in-trial',
    awarded: 'category.claimStatus.awarded',
    dismissed: 'category.claimStatus.dismissed',
    abandoned: 'category.claimStatus.abandoned',
    paid: 'category.claimStatus.paid',
  },
  screen: {
    'child-protection': 'category.screen.child-protection',
    'gender-based-violence': 'category.screen.gender-based-violence',
    'trafficking-forced-labour': 'category.screen.trafficking-forced-labour',
    'urgent-basic-needs': 'category.screen.urgent-basic-needs',
  },
  level: { high: 'category.level.high', medium: 'category.level.medium', low: 'category.level.low' },
  flag: {
    'child-protection.out-of-school': 'category.flag.child-protection.out-of-school',
    'child-protection.child-labour': 'category.flag.child-protection.child-labour',
    'child-protection.hazardous-work': 'category.flag.child-protection.hazardous-work',
    'child-protection.working-adolescent': 'category.flag.child-protection.working-adolescent',
    'child-protection.begging': 'category.flag.child-protection.begging',
    'child-protection.separated-child': 'category.flag.child-protection.separated-child',
    'child-protection.unaccompanied-minor': 'category.flag.child-protection.unaccompanied-minor',
    'gender-based-violence.violence-experienced': 'category.flag.gender-based-violence.violence-experienced',
    'gender-based-violence.at-workplace': 'category.flag.gender-based-violence.at-workplace',
    'gender-based-violence.unsafe-now': 'category.flag.gender-based-violence.unsafe-now',
    'gender-based-violence.wants-specialised-support': 'category.flag.gender-based-violence.wants-specialised-support',
    'trafficking.documents-withheld': 'category.flag.trafficking.documents-withheld',
    'trafficking.debt-bondage': 'category.flag.trafficking.debt-bondage',
    'trafficking.movement-restricted': 'category.flag.trafficking.movement-restricted',
    'trafficking.threats': 'category.flag.trafficking.threats',
    'trafficking.threat-of-denunciation': 'category.flag.trafficking.threat-of-denunciation',
    'trafficking.physical-abuse': 'category.flag.trafficking.physical-abuse',
    'trafficking.sexual-abuse': 'category.flag.trafficking.sexual-abuse',
    'trafficking.psychoactive-substances': 'category.flag.trafficking.psychoactive-substances',
    'trafficking.necessities-withheld': 'category.flag.trafficking.necessities-withheld',
    'trafficking.uses-children': 'category.flag.trafficking.uses-children',
    'trafficking.psychological-abuse': 'category.flag.trafficking.psychological-abuse',
    'trafficking.earnings-taken': 'category.flag.trafficking.earnings-taken',
    'trafficking.wages-withheld': 'category.flag.trafficking.wages-withheld',
    'trafficking.financial-access-restricted': 'category.flag.trafficking.financial-access-restricted',
    'trafficking.false-promises': 'category.flag.trafficking.false-promises',
    'trafficking.changed-conditions': 'category.flag.trafficking.changed-conditions',
    'trafficking.excessive-hours': 'category.flag.trafficking.excessive-hours',
    'trafficking.medical-care-restricted': 'category.flag.trafficking.medical-care-restricted',
    'trafficking.isolation': 'category.flag.trafficking.isolation',
    'trafficking.other-control': 'category.flag.trafficking.other-control',
    'trafficking.multiple-indicators': 'category.flag.trafficking.multiple-indicators',
    'trafficking.debt-to-recruiter': 'category.flag.trafficking.debt-to-recruiter',
    'trafficking.unpaid-work': 'category.flag.trafficking.unpaid-work',
    'urgent-needs.shelter-tonight': 'category.flag.urgent-needs.shelter-tonight',
    'urgent-needs.medical-urgent': 'category.flag.urgent-needs.medical-urgent',
    'urgent-needs.safety-threat': 'category.flag.urgent-needs.safety-threat',
    'urgent-needs.food': 'category.flag.urgent-needs.food',
    'urgent-needs.medication': 'category.flag.urgent-needs.medication',
  },
} as const satisfies Partial<Record<Dimension, Record<string, string>>>;

/** The key of a category's label, when the category is one of its dimension's listed codes. */
export function categoryKey(dimension: string, category: string): string | null {
  if (!isDimension(dimension) || !(dimension in CATEGORY_LABEL)) return null;
  const labels: Readonly<Record<string, string>> = CATEGORY_LABEL[dimension as keyof typeof CATEGORY_LABEL];
  return Object.hasOwn(labels, category) ? (labels[category] ?? null) : null;
}

/** Dimensions named by the browser, whose few listed codes (unknown, not recorded) go after the others. */
const LISTED_LAST: ReadonlySet<string> = new Set(['nationality', 'language']);

/**
 * Where a category goes in its dimension's tables: `[group, rank]`, compared in that order. Group 0:
 * a listed code, in its map's order; group 1: a code the map does not list (a country, a language, a
 * partner), ranked by count by the caller; group 2: a listed code of a dimension named by the browser.
 */
export function categoryOrder(dimension: string, category: string): [number, number] {
  if (!isDimension(dimension) || !(dimension in CATEGORY_LABEL)) return [1, 0];
  const at = Object.keys(CATEGORY_LABEL[dimension as keyof typeof CATEGORY_LABEL]).indexOf(category);
  if (at === -1) return [1, 0];
  return [LISTED_LAST.has(dimension) ? 2 : 0, at];
}

/** Dimensions whose categories a unit can have several of: they add up to more than the total. */
export const MULTI_VALUED: Readonly<Partial<Record<IndicatorId, readonly Dimension[]>>> = {
  'people-served': ['language'],
  'people-receiving-services': ['serviceType'],
};

export const PERIOD_KIND_LABEL = {
  month: 'period.kind.month',
  quarter: 'period.kind.quarter',
  year: 'period.kind.year',
  week: 'period.kind.week',
  day: 'period.kind.day',
  range: 'period.kind.range',
} as const satisfies Record<PeriodKind, string>;

export const CLAIM_AMOUNT_FIELDS = ['claimed', 'agreed', 'awarded', 'received'] as const;
export type ClaimAmountField = (typeof CLAIM_AMOUNT_FIELDS)[number];

export const AMOUNT_LABEL = {
  claimed: 'amounts.claimed',
  agreed: 'amounts.agreed',
  awarded: 'amounts.awarded',
  received: 'amounts.received',
} as const satisfies Record<ClaimAmountField, string>;
