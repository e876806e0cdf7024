import type { Dimension, IndicatorId, Measure, PeriodKind } from './sharing-catalog';

/** The catalog in words (keys of the admin namespace): never a raw id in front of staff. */
export const INDICATOR_LABELS: Record<IndicatorId, string> = {
  'people-served': 'indicators.peopleServed',
  'cases-opened': 'indicators.casesOpened',
  'cases-active': 'indicators.casesActive',
  'cases-closed': 'indicators.casesClosed',
  'services-delivered': 'indicators.servicesDelivered',
  'people-receiving-services': 'indicators.peopleReceivingServices',
  interpretation: 'indicators.interpretation',
  referrals: 'indicators.referrals',
  'labour-claims': 'indicators.labourClaims',
  'risk-flags': 'indicators.riskFlags',
};

export const DIMENSION_LABELS: Record<Dimension, string> = {
  contact: 'dimensions.contact',
  sex: 'dimensions.sex',
  ageBand: 'dimensions.ageBand',
  nationality: 'dimensions.nationality',
  language: 'dimensions.language',
  migratoryStatus: 'dimensions.migratoryStatus',
  priority: 'dimensions.priority',
  status: 'dimensions.status',
  outcome: 'dimensions.outcome',
  serviceType: 'dimensions.serviceType',
  need: 'dimensions.need',
  referralStatus: 'dimensions.referralStatus',
  claimType: 'dimensions.claimType',
  authority: 'dimensions.authority',
  claimStatus: 'dimensions.claimStatus',
  screen: 'dimensions.screen',
  level: 'dimensions.level',
  flag: 'dimensions.flag',
};

export const MEASURE_LABELS: Record<Measure, string> = {
  'labour-claim-amounts': 'measures.labourClaimAmounts',
  'days-to-first-service': 'measures.daysToFirstService',
};

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  month: 'periodKinds.month',
  quarter: 'periodKinds.quarter',
  year: 'periodKinds.year',
};

export const AGREEMENT_STATUS_LABELS = {
  active: 'sharing.status.active',
  revoked: 'sharing.status.revoked',
} as const;
