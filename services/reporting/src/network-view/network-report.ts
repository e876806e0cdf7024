import { INDICATOR_IDS } from '../indicators/indicator-catalog';
import type { FixedPeriod } from '../periods/report-period.domain';
import { networkClaimAmounts, networkFiguresOf, type ClaimAmounts, type NetworkFigures, type SharedFigures, type SharedMeasures } from './network-figures.domain';
import type { MemberStatus, PublishedAggregate } from './network-view.repository';

/** A centre of the network in a period's report: sharing or not, and whether it published figures for the period. */
export interface ReportMember {
  centre: string;
  centreName: string;
  status: MemberStatus['status'];
  /** The agreement the period's figures were published under; null when the centre published none for it. */
  agreementId: string | null;
  rule: { k: number; roundTo: number | null } | null;
}

export interface IndicatorColumns {
  indicator: string;
  /** Each centre that published the indicator for the period, side by side, as published. */
  centres: Array<{ centre: string } & Omit<SharedFigures, 'indicator'>>;
  network: NetworkFigures | null;
}

export interface NetworkReport {
  network: string;
  period: FixedPeriod;
  generatedAt: string;
  members: ReportMember[];
  indicators: IndicatorColumns[];
  measures: {
    /** As published, but each centre sharing the amounts lists every currency any centre lists (null: withheld), and a median not published is always `suppressed`. */
    centres: Array<{ centre: string } & SharedMeasures>;
    /** Sums per currency over the centres sharing them: withheld where any of them did not publish its own. */
    network: { labourClaimAmounts: ClaimAmounts[] | null };
  };
}

const catalogOrder = (indicator: string) => {
  const at = (INDICATOR_IDS as readonly string[]).indexOf(indicator);
  return at === -1 ? INDICATOR_IDS.length : at;
};

/**
 * Each centre's measures as the report shows them. A centre leaves out a currency it has nothing to
 * publish for (no claims, or its sums withheld: it does not tell which), so beside a currency
 * another centre lists it shows as withheld, not as zero. A median not published shows as
 * `suppressed`, from events published before `suppressed` covered none at all too.
 */
function shownMeasures(published: readonly PublishedAggregate[]): NetworkReport['measures']['centres'] {
  const currencies = [...new Set(published.flatMap((aggregate) => (aggregate.measures.labourClaimAmounts ?? []).map((entry) => entry.currency)))].sort();
  return published.map(({ centre, measures }) => {
    const listed = measures.labourClaimAmounts;
    const days = measures.daysToFirstService;
    return {
      centre,
      labourClaimAmounts: listed === null ? null : currencies.map((currency) => ({ currency, amounts: listed.find((entry) => entry.currency === currency)?.amounts ?? null })),
      daysToFirstService: days === null ? null : { median: days.median, suppressed: days.median === null },
    };
  });
}

/**
 * A period's report of the network, from what its centres published: the members (those that
 * share nothing listed as such), each indicator's figures centre by centre, and the network's.
 */
export function networkReport(input: { network: string; period: FixedPeriod; generatedAt: Date; members: readonly MemberStatus[]; aggregates: readonly PublishedAggregate[]; indicator: string | null }): NetworkReport {
  const byCentre = new Map(input.aggregates.map((aggregate) => [aggregate.centre, aggregate]));
  const statuses = new Map(input.members.map((member) => [member.centre, member]));
  const centres = [...new Set([...input.members.filter((member) => member.status !== 'left').map((member) => member.centre), ...byCentre.keys()])].sort();
  const members = centres.map((centre): ReportMember => {
    const status = statuses.get(centre);
    const aggregate = byCentre.get(centre);
    return {
      centre,
      centreName: status?.centreName ?? centre,
      status: status?.status ?? 'not-sharing',
      agreementId: aggregate?.agreementId ?? null,
      rule: aggregate ? { ...aggregate.rule } : null,
    };
  });
  const indicators = [...new Set(input.aggregates.flatMap((aggregate) => aggregate.indicators.map((figures) => figures.indicator)))]
    .filter((indicator) => input.indicator === null || indicator === input.indicator)
    .sort((a, b) => catalogOrder(a) - catalogOrder(b) || a.localeCompare(b));
  if (input.indicator !== null && !indicators.includes(input.indicator)) indicators.push(input.indicator);
  const published = centres.flatMap((centre) => {
    const aggregate = byCentre.get(centre);
    return aggregate ? [aggregate] : [];
  });
  return {
    network: input.network,
    period: input.period,
    generatedAt: input.generatedAt.toISOString(),
    members,
    indicators: indicators.map((indicator) => {
      const contributions = published.flatMap((aggregate) => {
        const figures = aggregate.indicators.find((candidate) => candidate.indicator === indicator);
        return figures ? [{ centre: aggregate.centre, rule: aggregate.rule, figures }] : [];
      });
      return {
        indicator,
        centres: contributions.map(({ centre, figures }) => ({ centre, total: figures.total, tables: figures.tables })),
        network: networkFiguresOf(indicator, contributions),
      };
    }),
    measures: {
      centres: shownMeasures(published),
      network: { labourClaimAmounts: networkClaimAmounts(published.map((aggregate) => aggregate.measures)) },
    },
  };
}
