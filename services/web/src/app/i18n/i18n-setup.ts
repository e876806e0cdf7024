import type { InitOptions } from 'i18next';
import ICU from 'i18next-icu';
import { intlLocaleOf, LANGUAGES } from './languages';

/**
 * The message format: ICU through i18next-icu and intl-messageformat, with each language's Intl
 * locale (ht as fr-HT: see INTL_LOCALES), so plurals and numbers come out the same on every machine.
 */
export const icuFormat = () => new ICU({ parseLngForICU: intlLocaleOf });

/** i18next's settings (apart from where the strings come from), shared by the app and its tests. */
export const i18nOptions = (language: string): InitOptions => ({
  lng: language,
  fallbackLng: false,
  supportedLngs: [...LANGUAGES],
  ns: ['common'],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  react: { useSuspense: true },
  returnNull: false,
});
