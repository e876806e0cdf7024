import { useTranslation } from 'react-i18next';
import { DIMENSION_LABELS, INDICATOR_LABELS, MEASURE_LABELS } from './sharing-labels';

const has = <K extends string>(map: Record<K, string>, key: string): key is K => Object.hasOwn(map, key);

/** The catalog's ids in words; an id this copy of the catalog does not know is shown as it is. */
export function useCatalogWords() {
  const { t } = useTranslation('admin');
  const indicator = (id: string) => (has(INDICATOR_LABELS, id) ? t(INDICATOR_LABELS[id]) : id);
  const dimension = (id: string) => (has(DIMENSION_LABELS, id) ? t(DIMENSION_LABELS[id]) : id);
  const measure = (id: string) => (has(MEASURE_LABELS, id) ? t(MEASURE_LABELS[id]) : id);
  const table = (breakdown: readonly string[]) => breakdown.map(dimension).join(' × ');
  return { indicator, dimension, measure, table };
}
