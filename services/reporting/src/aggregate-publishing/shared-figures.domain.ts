import type { DataOf, reportAggregatePublishedV1 } from '@corredor/contracts';
import { protectFamily, type DisclosureRule, type TableFamily } from '@corredor/disclosure';
import { INDICATORS, type IndicatorId, type PeriodMeasures, type Unit } from '../indicators/indicator-catalog';
import type { PeriodFigures } from '../indicators/period-figures';
import { tabulate } from '../indicators/tabulate.domain';
import type { SharingTerms } from '../sharing-agreements/sharing-agreement.domain';

type Published = DataOf<typeof reportAggregatePublishedV1>;
export type SharedFigures = Published['indicators'][number];
export type SharedMeasures = Published['measures'];

/**
 * An indicator's tables as the agreement shares them, counted from the centre's units: its total
 * and each breakdown, linked through their margins, for protectFamily to suppress together (a cell
 * withheld in one table cannot then be recovered from another of the same release).
 */
export function familyOf(indicator: IndicatorId, units: readonly Unit[], breakdowns: ReadonlyArray<readonly string[]>): TableFamily {
  const total = tabulate(units, []).cells.reduce((sum, cell) => sum + cell.count, 0);
  const multiValued: readonly string[] = INDICATORS[indicator].multiValued;
  return {
    total,
    tables: breakdowns.map((breakdown) => {
      const table = tabulate(units, breakdown);
      return { dimensions: [...table.dimensions], cells: table.cells.map((cell) => ({ key: [...cell.key], count: cell.count })) };
    }),
    multiValued: multiValued.filter((dimension) => breakdowns.some((breakdown) => breakdown.includes(dimension))),
  };
}

/** A protected family as it may leave the centre: values, null where suppressed, and nothing of why. */
export function releasedFigures(indicator: string, family: TableFamily, rule: DisclosureRule): SharedFigures {
  const protectedFamily = protectFamily(family, rule);
  return {
    indicator,
    total: protectedFamily.total,
    tables: protectedFamily.tables.map((table) => ({
      dimensions: [...table.dimensions],
      cells: table.cells.map((cell) => ({ key: [...cell.key], value: cell.value })),
    })),
  };
}

/**
 * The non-count measures the agreement shares, only where they say nothing of a few people: a
 * currency's sums only over at least k claims, the median only over at least k cases. The counts
 * themselves (how many claims, how many cases) are left out: they are not cells of any protected
 * table, and could be set against one to recover a suppressed cell.
 */
export function sharedMeasures(terms: Pick<SharingTerms, 'measures' | 'k'>, measures: PeriodMeasures): SharedMeasures {
  const labourClaimAmounts = terms.measures.includes('labour-claim-amounts')
    ? Object.entries(measures.labourClaimAmounts)
        .filter(([, amounts]) => amounts.claims > 0)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, amounts]) => ({
          currency,
          amounts: amounts.claims >= terms.k ? { claimed: amounts.claimed, agreed: amounts.agreed, awarded: amounts.awarded, received: amounts.received } : null,
        }))
    : null;
  const { cases, median } = measures.daysToFirstService;
  const daysToFirstService = terms.measures.includes('days-to-first-service') ? { median: cases >= terms.k ? median : null, suppressed: cases > 0 && cases < terms.k } : null;
  return { labourClaimAmounts, daysToFirstService };
}

/** Everything the agreement shares of the period, protected: the `indicators` and `measures` of report.aggregate-published. */
export function sharedFiguresOf(terms: SharingTerms, figures: PeriodFigures): Pick<Published, 'indicators' | 'measures' | 'rule'> {
  const rule = { k: terms.k, roundTo: terms.roundTo };
  return {
    rule,
    indicators: terms.indicators.map((shared) => releasedFigures(shared.indicator, familyOf(shared.indicator, figures.units[shared.indicator], shared.breakdowns), rule)),
    measures: sharedMeasures(terms, figures.measures),
  };
}
