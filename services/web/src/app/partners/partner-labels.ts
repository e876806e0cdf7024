import type { components } from '../api/generated/referral';

export type Partner = components['schemas']['Partner'];
export type PartnerService = Partner['services'][number];

/**
 * What partners offer, as the key of its label in the partners namespace (written out so the
 * locale test finds them; `satisfies` makes a service the API adds fail the type-check until it has
 * a label). The order is the filter's and the form's.
 */
export const SERVICE_LABEL = {
  shelter: 'service.shelter',
  food: 'service.food',
  health: 'service.health',
  'immigration-legal-aid': 'service.immigration-legal-aid',
  'women-justice': 'service.women-justice',
  'child-protection': 'service.child-protection',
  education: 'service.education',
  'lgbtiq-shelter': 'service.lgbtiq-shelter',
  employment: 'service.employment',
  other: 'service.other',
} as const satisfies Record<PartnerService, string>;

export const PARTNER_SERVICES = Object.keys(SERVICE_LABEL) as PartnerService[];

export const isPartnerService = (value: string): value is PartnerService => Object.hasOwn(SERVICE_LABEL, value);

/**
 * The languages the form offers to tick: the corridor's usual ones, Indigenous languages of the
 * region among them (their names are ours: the browser rarely knows them). Others are typed as codes.
 */
export const LANGUAGE_LABEL = {
  es: 'language.es',
  en: 'language.en',
  ht: 'language.ht',
  fr: 'language.fr',
  pt: 'language.pt',
  mam: 'language.mam',
  quc: 'language.quc',
  kjb: 'language.kjb',
  mix: 'language.mix',
  zap: 'language.zap',
} as const;
export type OfferedLanguage = keyof typeof LANGUAGE_LABEL;
export const OFFERED_LANGUAGES = Object.keys(LANGUAGE_LABEL) as OfferedLanguage[];

export const languageKey = (code: string): string | null => {
  const lower = code.toLowerCase();
  return Object.hasOwn(LANGUAGE_LABEL, lower) ? LANGUAGE_LABEL[lower as OfferedLanguage] : null;
};
