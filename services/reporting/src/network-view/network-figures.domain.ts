import type { DataOf, reportAggregatePublishedV1 } from '@corredor/contracts';
import { DisclosureError, forRelease, protectFamily, roundCount, type DisclosureRule, type TableFamily } from '@corredor/disclosure';
import { INDICATORS, isIndicator } from '../indicators/indicator-catalog';
import { sumAmounts } from '../indicators/money.domain';

type Published = DataOf<typeof reportAggregatePublishedV1>;
export type SharedFigures = Published['indicators'][number];
export type SharedTable = SharedFigures['tables'][number];
export type SharedMeasures = Published['measures'];
export type ClaimAmounts = NonNullable<SharedMeasures['labourClaimAmounts']>[number];

/** One centre's published figures for an indicator, and the rule they were protected under. */
export interface Contribution {
  centre: string;
  rule: DisclosureRule;
  figures: SharedFigures;
}

/** The network's figures for an indicator: sums over the centres in `over`, protected again under `rule`. */
export interface NetworkFigures {
  over: string[];
  rule: DisclosureRule;
  total: number | null;
  tables: SharedTable[];
}

const sameTable = (dimensions: readonly string[]) => JSON.stringify([...dimensions].sort());

/** The table with its dimensions (and each cell's categories) in the order given. */
function aligned(table: SharedTable, dimensions: readonly string[]): SharedTable {
  const at = dimensions.map((dimension) => table.dimensions.indexOf(dimension));
  return { dimensions: [...dimensions], cells: table.cells.map((cell) => ({ key: at.map((index) => cell.key[index] ?? ''), value: cell.value })) };
}

/** A cell of the sum is null (withheld) when any centre's is; a category a centre does not list is one of its zeros. */
function sumTables(dimensions: readonly string[], tables: readonly SharedTable[]): TableFamily['tables'][number] {
  const cells = new Map<string, { key: string[]; count: number | null }>();
  for (const table of tables) {
    for (const cell of aligned(table, dimensions).cells) {
      const id = JSON.stringify(cell.key);
      const sum = cells.get(id) ?? { key: cell.key, count: 0 };
      sum.count = sum.count === null || cell.value === null ? null : sum.count + cell.value;
      cells.set(id, sum);
    }
  }
  return { dimensions: [...dimensions], cells: [...cells.values()] };
}

const sumOf = (values: ReadonlyArray<number | null>): number | null => values.reduce<number | null>((sum, value) => (sum === null || value === null ? null : sum + value), 0);

/** The strictest rule among the centres: the highest k, and the largest rounding base if any rounds. */
export function strictestRule(rules: readonly DisclosureRule[]): DisclosureRule {
  const bases = rules.map((rule) => rule.roundTo).filter((base): base is number => base !== null);
  return { k: Math.max(...rules.map((rule) => rule.k)), roundTo: bases.length > 0 ? Math.max(...bases) : null };
}

/** Counts below k withheld and the rest rounded, cell by cell: for combinations that cannot be audited as one linked family. */
function withheldBelowK(family: TableFamily, rule: DisclosureRule): Pick<NetworkFigures, 'total' | 'tables'> {
  const publish = (count: number | null) => (count === null || (count >= 1 && count < rule.k) ? null : roundCount(count, rule.roundTo));
  return {
    total: publish(family.total),
    tables: family.tables.map((table) => ({ dimensions: [...table.dimensions], cells: table.cells.map((cell) => ({ key: [...cell.key], value: publish(cell.count) })) })),
  };
}

/**
 * The network's figures for one indicator, from the centres' published figures only. A network
 * cell is the sum of the centres' published values, withheld when any centre withheld its value;
 * the network total likewise. Only the tables every contributing centre published are summed, so
 * every network figure covers the same centres.
 *
 * Why combining reveals nothing new: every network figure is a sum of figures the centres already
 * published, so any equation a reader can write with network figures is one they could already
 * write with the centres' figures; a value each centre's own suppression left undeterminable stays
 * so. The family is still protected again, under the strictest rule among the centres (the
 * highest k), so that the network tables by themselves follow that rule: a count one centre was
 * allowed to publish at k = 3 is not shown as a network count below k = 5. Figures rounded by a
 * centre no longer add up across tables (sums of rounded counts), so they cannot be audited as one
 * linked family: then counts below k are withheld and the rest rounded, which is all that is left
 * to do for values that were each published already.
 */
export function networkFiguresOf(indicator: string, contributions: readonly Contribution[]): NetworkFigures | null {
  const first = contributions[0];
  if (!first) return null;
  const rule = strictestRule(contributions.map((contribution) => contribution.rule));
  const everyone = first.figures.tables.filter((table) =>
    contributions.every((contribution) => contribution.figures.tables.some((other) => sameTable(other.dimensions) === sameTable(table.dimensions))),
  );
  const multiValued: readonly string[] = isIndicator(indicator) ? INDICATORS[indicator].multiValued : [];
  const family: TableFamily = {
    total: sumOf(contributions.map((contribution) => contribution.figures.total)),
    tables: everyone.map((table) =>
      sumTables(
        table.dimensions,
        contributions.flatMap((contribution) => contribution.figures.tables.filter((other) => sameTable(other.dimensions) === sameTable(table.dimensions))),
      ),
    ),
    multiValued: multiValued.filter((dimension) => everyone.some((table) => table.dimensions.includes(dimension))),
  };
  const over = contributions.map((contribution) => contribution.centre);
  if (contributions.every((contribution) => contribution.rule.roundTo === null)) {
    try {
      const released = forRelease(protectFamily(family, rule));
      // Margins protectFamily adds are of tables every centre published (each centre's release holds its two-way tables' margins too).
      return { over, rule, total: released.total, tables: released.tables.map((table) => ({ dimensions: table.dimensions, cells: table.cells.map((cell) => ({ key: cell.key, value: cell.value })) })) };
    } catch (error) {
      if (!(error instanceof DisclosureError)) throw error;
    }
  }
  return { over, rule, ...withheldBelowK(family, rule) };
}

/**
 * The network's labour-claim sums per currency, over the centres that share them, added exactly. A
 * currency is withheld for the network unless every one of those centres published its sums for
 * it: a centre leaves out a currency whose sums it withheld (as it does one without claims), and a
 * network sum missing that centre's part would pass for the network's. A sum of sums each over at
 * least k claims, none of them more than the dominance share of its own, is over at least k claims
 * with none more than that share of the whole: nothing to check again.
 */
export function networkClaimAmounts(measures: ReadonlyArray<SharedMeasures>): ClaimAmounts[] | null {
  const shared = measures.map((measure) => measure.labourClaimAmounts).filter((amounts): amounts is ClaimAmounts[] => amounts !== null);
  if (shared.length === 0) return null;
  const currencies = [...new Set(shared.flatMap((amounts) => amounts.map((entry) => entry.currency)))].sort();
  return currencies.map((currency) => {
    const parts = shared.map((amounts) => amounts.find((entry) => entry.currency === currency)?.amounts ?? null);
    const all = parts.filter((part): part is NonNullable<ClaimAmounts['amounts']> => part !== null);
    if (all.length < parts.length) return { currency, amounts: null };
    const sum = (field: keyof NonNullable<ClaimAmounts['amounts']>) => sumAmounts(all.map((part) => part[field]));
    return { currency, amounts: { claimed: sum('claimed'), agreed: sum('agreed'), awarded: sum('awarded'), received: sum('received') } };
  });
}
