import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES, displayLocales, FREQUENT_NATIONALITIES, isPersonLanguage, PERSON_LANGUAGES, SPECIAL_NATIONALITIES } from './intake-reference';
import type { FieldProblem } from './intake-validation';

const isFrequent = (code: string): code is keyof typeof FREQUENT_NATIONALITIES => Object.hasOwn(FREQUENT_NATIONALITIES, code);
const isSpecial = (code: string): code is keyof typeof SPECIAL_NATIONALITIES => Object.hasOwn(SPECIAL_NATIONALITIES, code);

/** Names for the codes the interview shows (countries, languages, options) in the interviewer's language. */
export function useIntakeLabels() {
  const { t, i18n } = useTranslation('intake');
  const language = i18n.language;
  return useMemo(() => {
    const locales = displayLocales(language);
    const regions = new Intl.DisplayNames(locales, { type: 'region', fallback: 'code' });
    const languages = new Intl.DisplayNames(locales, { type: 'language', fallback: 'code' });
    const currencies = new Intl.DisplayNames(locales, { type: 'currency', fallback: 'none' });
    const collator = new Intl.Collator(language);

    const country = (code: string): string => {
      if (isFrequent(code)) return t(FREQUENT_NATIONALITIES[code]);
      if (isSpecial(code)) return t(SPECIAL_NATIONALITIES[code]);
      try {
        return regions.of(code) ?? code;
      } catch {
        return code;
      }
    };
    const languageName = (code: string): string => {
      if (isPersonLanguage(code)) return t(PERSON_LANGUAGES[code]);
      try {
        return languages.of(code) ?? code;
      } catch {
        return code;
      }
    };
    /** "peso mexicano (MXN)": the name, with the code as printed on a payslip. */
    const currency = (code: string): string => {
      const name = currencies.of(code);
      return name ? `${name} (${code})` : code;
    };
    const byName = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);
    const frequent = Object.keys(FREQUENT_NATIONALITIES)
      .map((code) => ({ value: code, label: country(code) }))
      .sort(byName);
    const others = COUNTRY_CODES.filter((code) => !isFrequent(code))
      .map((code) => ({ value: code, label: country(code) }))
      .sort(byName);
    /** Countries for a select: the corridor's frequent ones first, then all. */
    const countryGroups = [
      { label: t('country.frequent'), options: frequent },
      { label: t('country.all'), options: others },
    ];
    const nationalityGroups = [
      { label: t('country.frequent'), options: frequent },
      { label: t('country.special'), options: (Object.keys(SPECIAL_NATIONALITIES) as Array<keyof typeof SPECIAL_NATIONALITIES>).map((code) => ({ value: code, label: country(code) })) },
      { label: t('country.all'), options: others },
    ];
    const languageOptions = (Object.keys(PERSON_LANGUAGES) as Array<keyof typeof PERSON_LANGUAGES>).map((code) => ({ value: code, label: languageName(code) }));

    /** Options of a list of codes, each labelled through its map of keys. */
    const options = <T extends string>(list: readonly T[], labels: Readonly<Record<T, string>>) =>
      list.map((value) => {
        const key: string = labels[value];
        return { value, label: t(key) };
      });
    const problem = (item: FieldProblem): string => t(item.key, item.values ?? {});
    return { t, country, languageName, currency, countryGroups, nationalityGroups, languageOptions, options, problem };
  }, [t, language]);
}
export type IntakeLabels = ReturnType<typeof useIntakeLabels>;
