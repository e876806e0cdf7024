import type { DataOf, reportAggregatePublishedV1 } from '@corredor/contracts';
import { protectFamily, type CountTable, type DisclosureRule, type TableFamily } from '@corredor/disclosure';
import type { Steps } from '../cooperative/steps';
import {
  CLAIM_AMOUNT_FIELDS,
  INDICATORS,
  type AmountFlow,
  type ClaimAmountField,
  type FiguresWanted,
  type IndicatorId,
  type MeasureId,
  type PeriodMeasures,
  type Unit,
} from '../indicators/indicator-catalog';
import { toCents } from '../indicators/money.domain';
import type { PeriodFigures } from '../indicators/period-figures';
import { tabulateSteps } from '../indicators/tabulate.domain';
import type { SharingTerms } from '../sharing-agreements/sharing-agreement.domain';

type Published = DataOf<typeof reportAggregatePublishedV1>;
export type SharedFigures = Published['indicators'][number];
export type SharedMeasures = Published['measures'];

/** The figures an agreement's terms read: each indicator shared, and the measures behind those it shares. */
export function figuresSharedBy(terms: Pick<SharingTerms, 'indicators' | 'measures'>): FiguresWanted {
  const measures: MeasureId[] = [];
  if (terms.measures.includes('labour-claim-amounts')) measures.push('labourClaimFlows');
  if (terms.measures.includes('days-to-first-service')) measures.push('daysToFirstService');
  return { indicators: terms.indicators.map((shared) => shared.indicator), measures };
}

/**
 * An indicator's tables as the agreement shares them, counted from the centre's units: its total
 * and each breakdown, linked through their margins, for protectFamily to suppress together (a cell
 * withheld in one table cannot then be recovered from another of the same release).
 */
export function* familySteps(indicator: IndicatorId, units: readonly Unit[], breakdowns: ReadonlyArray<readonly string[]>): Steps<TableFamily> {
  const multiValued: readonly string[] = INDICATORS[indicator].multiValued;
  const tables: CountTable[] = [];
  for (const breakdown of breakdowns) {
    const table = yield* tabulateSteps(units, breakdown);
    tables.push({ dimensions: [...table.dimensions], cells: table.cells.map((cell) => ({ key: [...cell.key], count: cell.count })) });
  }
  return { total: units.length, tables, multiValued: multiValued.filter((dimension) => breakdowns.some((breakdown) => breakdown.includes(dimension))) };
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
 * The (n = 1, p) dominance rule for sums of money: a sum is withheld when one claim makes up more
 * than this share of it (60%, as 3/5 to compare in whole cents). Enough claims are not enough: in a
 * sum that one claim dominates, anyone who knows the others are small knows roughly what that one
 * person got.
 */
export const DOMINANCE = { share: 3n, of: 5n } as const;

/** One currency's sums as they may leave the centre, each on its own: null where withheld. */
export type ReleasedClaimAmounts = { currency: string } & Record<ClaimAmountField, string | null>;

/**
 * An amount's sum as it may leave the centre: only when at least k claims added to it and none
 * dominates it. Fewer than k includes none at all, so that a sum withheld and a sum of nothing look
 * the same (either would otherwise tell that 1 to k-1 claims are behind the other).
 */
export function releasedSum(flow: AmountFlow, k: number): string | null {
  if (flow.claims < k) return null;
  return toCents(flow.largest) * DOMINANCE.of > toCents(flow.sum) * DOMINANCE.share ? null : flow.sum;
}

/** Each currency's sums, each withheld or not on its own; a currency with every sum withheld is left out. Currencies in code order. */
export function releasedClaimAmounts(flows: PeriodMeasures['labourClaimFlows'], k: number): ReleasedClaimAmounts[] {
  return Object.keys(flows)
    .sort()
    .flatMap((currency) => {
      const flow = flows[currency];
      if (!flow) return [];
      const released = { claimed: releasedSum(flow.claimed, k), agreed: releasedSum(flow.agreed, k), awarded: releasedSum(flow.awarded, k), received: releasedSum(flow.received, k) };
      return CLAIM_AMOUNT_FIELDS.some((field) => released[field] !== null) ? [{ currency, ...released }] : [];
    });
}

/**
 * The non-count measures the agreement shares, only where they say nothing of a few people.
 *
 * Labour-claim amounts are flows (see LabourClaimFlows: what each claim added in the period), so no
 * two periods have a claim in common to subtract, each sum released as releasedSum says. Version 1
 * of report.aggregate-published carries a currency's four sums together or not at all (no one sum
 * can be null), so a currency is listed only when all four may be released, and left out otherwise:
 * left out, it says no more than that there is nothing to publish for it, which is also what a
 * currency without claims says.
 *
 * The median days to a first service is published over at least k cases; `suppressed` is true
 * whenever it is not, none at all included, so it never tells 1 to k-1 cases from none.
 *
 * The counts themselves (how many claims, how many cases) are left out: they are not cells of any
 * protected table, and could be set against one to recover a suppressed cell.
 */
export function sharedMeasures(terms: Pick<SharingTerms, 'measures' | 'k'>, measures: Partial<PeriodMeasures>): SharedMeasures {
  const labourClaimAmounts =
    terms.measures.includes('labour-claim-amounts') && measures.labourClaimFlows
      ? releasedClaimAmounts(measures.labourClaimFlows, terms.k).flatMap(({ currency, claimed, agreed, awarded, received }) =>
          claimed !== null && agreed !== null && awarded !== null && received !== null ? [{ currency, amounts: { claimed, agreed, awarded, received } }] : [],
        )
      : null;
  const days = terms.measures.includes('days-to-first-service') ? measures.daysToFirstService : undefined;
  const released = days && days.cases >= terms.k ? days.median : null;
  const daysToFirstService = days ? { median: released, suppressed: released === null } : null;
  return { labourClaimAmounts, daysToFirstService };
}

/**
 * Everything the agreement shares of the period, protected, as steps: the `indicators` and `measures`
 * of report.aggregate-published, from figures holding at least those figuresSharedBy says.
 */
export function* sharedFiguresSteps(terms: SharingTerms, figures: PeriodFigures): Steps<Pick<Published, 'indicators' | 'measures' | 'rule'>> {
  const rule = { k: terms.k, roundTo: terms.roundTo };
  const indicators: SharedFigures[] = [];
  for (const shared of terms.indicators) indicators.push(releasedFigures(shared.indicator, yield* familySteps(shared.indicator, figures.units[shared.indicator], shared.breakdowns), rule));
  return { rule, indicators, measures: sharedMeasures(terms, figures.measures) };
}
