import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { BY_DIMENSION_LABEL, categoryKey, DIMENSION_LABEL, INDICATOR_DESCRIPTION, INDICATOR_LABEL, isDimension, isIndicatorId, UNIT_LABEL, type Unit } from './report-labels';
import type { Figure } from './report-rows';

/** Names for what the browser knows better than our files: countries and languages, in the person's language. */
function displayNames(locale: string, language: string, type: 'region' | 'language'): Intl.DisplayNames | null {
  try {
    // Haitian Creole has few names of its own in the browser's data: French ones read better there than English.
    return new Intl.DisplayNames(language === 'ht' ? [locale, 'fr'] : [locale], { type, fallback: 'none' });
  } catch {
    return null;
  }
}

function nameOf(names: Intl.DisplayNames | null, code: string): string | undefined {
  try {
    return names?.of(code);
  } catch {
    return undefined;
  }
}

/**
 * The report's words in the person's language: indicators, dimensions, categories (codes never shown
 * as they are), counts with their unit, and a withheld figure as "suppressed", never as zero.
 */
export function useReportText() {
  const { t, i18n } = useTranslation('reports');
  const format = useFormat();
  return useMemo(() => {
    const regions = displayNames(format.locale, i18n.language, 'region');
    const languages = displayNames(format.locale, i18n.language, 'language');
    const indicator = (id: string) => (isIndicatorId(id) ? t(INDICATOR_LABEL[id]) : t('indicator.unlisted'));
    const dimension = (id: string) => (isDimension(id) ? t(DIMENSION_LABEL[id]) : t('dimension.unlisted'));
    const by = (id: string) => (isDimension(id) ? t(BY_DIMENSION_LABEL[id]) : t('by.unlisted'));
    const category = (dimensionId: string, code: string, name?: string): string => {
      if (name !== undefined) return name;
      const key = categoryKey(dimensionId, code);
      if (key) return t(key);
      if (dimensionId === 'nationality') return nameOf(regions, code) ?? t('category.unlisted', { code });
      if (dimensionId === 'language') return nameOf(languages, code) ?? t('category.unlisted', { code });
      if (dimensionId === 'partner') return t('category.partnerUnknown');
      return t('category.unlisted', { code });
    };
    /** A category of a two-way table: its categories joined. */
    const categories = (dimensions: readonly string[], key: readonly string[]) => key.map((code, index) => category(dimensions[index] ?? '', code)).join(' × ');
    const figure = (value: Figure) => (value === null ? t('suppressed') : format.number(value));
    const counted = (unit: Unit | null, count: number) => (unit ? t(UNIT_LABEL[unit], { count, n: format.number(count) }) : format.number(count));
    return {
      t,
      indicator,
      description: (id: string) => (isIndicatorId(id) ? t(INDICATOR_DESCRIPTION[id]) : ''),
      dimension,
      by,
      category,
      categories,
      figure,
      counted,
      /** "Cases closed by outcome": a breakdown's caption, and its chart's name. */
      caption: (indicatorId: string, dimensionId: string) => t('breakdown.caption', { indicator: indicator(indicatorId), by: by(dimensionId) }),
    };
  }, [t, i18n.language, format]);
}

export type ReportText = ReturnType<typeof useReportText>;
