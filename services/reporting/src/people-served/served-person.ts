import type { AgeBand, RecordedNationality, Sex } from '@corredor/contracts';

/**
 * One person served, as reporting knows them: categories only, keyed by the case id so a
 * redelivered event cannot count anyone twice. No alias, no year of birth, no contact. The person
 * id (a random id) is kept only to forget the person when they withdraw their statistics consent.
 */
export interface ServedPerson {
  /** The case id. */
  id: string;
  tenant: string;
  personId: string;
  sex: Sex;
  ageBand: AgeBand;
  /** ISO 3166 alpha-2, or 'unknown' or 'stateless': each its own line of byNationality. */
  nationality: RecordedNationality;
  languages: string[];
  openedAt: Date;
}

export interface PeopleServedReport {
  total: number;
  bySex: Record<string, number>;
  byNationality: Record<string, number>;
  byAgeBand: Record<string, number>;
  byLanguage: Record<string, number>;
}

export interface Period {
  from: Date;
  /** Exclusive. */
  to: Date;
}

/** MongoDB aggregation shared by the in-memory (mingo) and MongoDB adapters, so both count alike. */
export function peopleServedPipeline(tenant: string, period: Period): object[] {
  const countBy = (field: string) => [{ $group: { _id: field, count: { $sum: 1 } } }, { $sort: { _id: 1 } }];
  return [
    { $match: { tenant, openedAt: { $gte: period.from, $lt: period.to } } },
    {
      $facet: {
        total: [{ $count: 'count' }],
        bySex: countBy('$sex'),
        byNationality: countBy('$nationality'),
        byAgeBand: countBy('$ageBand'),
        byLanguage: [{ $unwind: '$languages' }, ...countBy('$languages')],
      },
    },
  ];
}

interface Facet {
  total: Array<{ count: number }>;
  bySex: Array<{ _id: string; count: number }>;
  byNationality: Array<{ _id: string; count: number }>;
  byAgeBand: Array<{ _id: string; count: number }>;
  byLanguage: Array<{ _id: string; count: number }>;
}

export function toReport(facet: Facet | undefined): PeopleServedReport {
  const record = (rows: Array<{ _id: string; count: number }> | undefined) => Object.fromEntries((rows ?? []).map((r) => [r._id, r.count]));
  return {
    total: facet?.total[0]?.count ?? 0,
    bySex: record(facet?.bySex),
    byNationality: record(facet?.byNationality),
    byAgeBand: record(facet?.byAgeBand),
    byLanguage: record(facet?.byLanguage),
  };
}

export type { Facet };
