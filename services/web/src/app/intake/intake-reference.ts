/**
 * Reference lists the interview offers: countries (ISO 3166-1 alpha-2, as the API accepts them),
 * the languages heard most at the centres (ISO 639), currencies for a wage. Names come from the
 * locale files for the frequent ones (so Haitian Creole has its own words) and from
 * `Intl.DisplayNames` for the rest; a code is never shown alone.
 */

/** Every country a nationality or passport can name. */
export const COUNTRY_CODES = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE',
  'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD',
  'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM',
  'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF',
  'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU',
  'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN',
  'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME',
  'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA',
  'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM',
  'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI',
  'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK',
  'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI',
  'VN', 'VU', 'WF', 'WS', 'XK', 'YE', 'YT', 'ZA', 'ZM', 'ZW',
] as const;

/** The corridor's most frequent nationalities, offered first and named in each locale file. */
export const FREQUENT_NATIONALITIES = {
  HT: 'country.HT',
  HN: 'country.HN',
  GT: 'country.GT',
  SV: 'country.SV',
  NI: 'country.NI',
  MX: 'country.MX',
  VE: 'country.VE',
  CU: 'country.CU',
  CO: 'country.CO',
  EC: 'country.EC',
  BZ: 'country.BZ',
  US: 'country.US',
} as const;

/** A nationality that is not a country, as the API records it. */
export const SPECIAL_NATIONALITIES = { unknown: 'country.unknown', stateless: 'country.stateless' } as const;

/**
 * The languages the interview offers (ISO 639-1 where it exists, else 639-3), each named in the
 * locale files: ICU has no name in most languages for Mam, Q'anjob'al or Tzotzil.
 */
export const PERSON_LANGUAGES = {
  es: 'personLanguage.es',
  ht: 'personLanguage.ht',
  fr: 'personLanguage.fr',
  en: 'personLanguage.en',
  pt: 'personLanguage.pt',
  mam: 'personLanguage.mam',
  quc: 'personLanguage.quc',
  kjb: 'personLanguage.kjb',
  cak: 'personLanguage.cak',
  kek: 'personLanguage.kek',
  jac: 'personLanguage.jac',
  tzo: 'personLanguage.tzo',
  tzh: 'personLanguage.tzh',
  yua: 'personLanguage.yua',
  mix: 'personLanguage.mix',
  zap: 'personLanguage.zap',
  ar: 'personLanguage.ar',
  wo: 'personLanguage.wo',
  ru: 'personLanguage.ru',
} as const;
export type PersonLanguage = keyof typeof PERSON_LANGUAGES;
export const isPersonLanguage = (code: string): code is PersonLanguage => Object.hasOwn(PERSON_LANGUAGES, code);

/** Currencies a wage is most often paid in along the corridor, MXN first. */
export const WAGE_CURRENCIES = ['MXN', 'USD', 'GTQ', 'HNL', 'NIO', 'CRC', 'COP', 'HTG'] as const;

/** Locales to name countries in: Creole readers get French names where ICU has no Creole ones. */
export function displayLocales(language: string): string[] {
  return language === 'ht' ? ['ht', 'fr'] : [language];
}

const countrySet: ReadonlySet<string> = new Set(COUNTRY_CODES);
export const isCountryCode = (code: string): boolean => countrySet.has(code);
