import { z } from 'zod';
import { currencySchema } from '../casework';
import { defineEvent } from '../event-definition';
import { centreIdSchema, networkIdSchema } from '../identifiers';
import { TOPICS } from '../topics';

/**
 * What a centre shares with a network, on the network topic (keyed `${network}/${centre}`): its
 * sharing status and, per closed period, its suppressed aggregates. Figures only, never a person,
 * and never an unsuppressed count: this is the one topic a network hub in another deployment may
 * mirror (docs/network-hub.md).
 */

/** An indicator of the reporting catalog: `people-served`, `cases-opened`... */
export const sharedIndicatorIdSchema = z.string().regex(/^[a-z][a-z-]{1,47}$/, 'must be an indicator id such as "people-served"');
/** A dimension of the catalog: `sex`, `ageBand`, `nationality`... */
export const sharedDimensionSchema = z.string().regex(/^[a-z][A-Za-z]{0,31}$/, 'must be a dimension such as "ageBand"');
/** A category of a dimension (`female`, `18-29`, `HT`, `es`): codes, never free text. */
export const sharedCategorySchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:+-]{0,63}$/, 'must be a category code such as "18-29"');

/** Only fixed periods leave a centre, so overlapping ranges cannot be subtracted to find one person. */
export const fixedPeriodKindSchema = z.enum(['month', 'quarter', 'year']);
/** `2026-11`, `2026-Q4` or `2026`. */
export const fixedPeriodLabelSchema = z.string().regex(/^\d{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2]))?$/, 'must be a month, quarter or year such as "2026-11", "2026-Q4" or "2026"');

/** Measures that are not counts, shared beside the tables only when the agreement says so. */
export const SHARED_MEASURES = ['labour-claim-amounts', 'days-to-first-service'] as const;
export const sharedMeasureSchema = z.enum(SHARED_MEASURES);
export type SharedMeasure = (typeof SHARED_MEASURES)[number];

/** One table of a breakdown: one dimension, or two crossed. */
export const breakdownSchema = z
  .array(sharedDimensionSchema)
  .min(1)
  .max(2)
  .refine((dimensions) => new Set(dimensions).size === dimensions.length, 'must not cross a dimension with itself');

export const sharedIndicatorSchema = z.strictObject({
  indicator: sharedIndicatorIdSchema,
  /** Tables shared besides the indicator's total: `[['sex'], ['sex', 'ageBand']]`. */
  breakdowns: z.array(breakdownSchema).max(20),
});

/** Small-cell suppression as applied: counts from 1 to k-1 withheld (with complementary cells), published counts rounded to `roundTo` when set. */
export const suppressionRuleSchema = z.strictObject({
  k: z.number().int().min(3).max(1000),
  roundTo: z.number().int().min(2).max(1000).nullable(),
});

/** What a centre agreed to share with a network. */
export const sharingTermsSchema = z.strictObject({
  agreementId: z.uuid(),
  indicators: z.array(sharedIndicatorSchema).min(1).max(20),
  measures: z.array(sharedMeasureSchema).max(SHARED_MEASURES.length),
  /** The day the agreement applies from, at the centre. */
  from: z.iso.date(),
  periodKind: fixedPeriodKindSchema,
  /** The first period shared: the first whole period of its kind from `from` that no earlier agreement shared. */
  firstPeriod: fixedPeriodLabelSchema,
  rule: suppressionRuleSchema,
  agreedAt: z.iso.datetime({ offset: true }),
});

const statusBase = {
  centre: centreIdSchema,
  network: networkIdSchema,
  changedAt: z.iso.datetime({ offset: true }),
};
/** The office's public name, so a hub lists centres it has no directory of. */
const centreNameSchema = z.string().trim().min(2).max(160);

/**
 * A member centre's sharing status with a network, announced once per change: `sharing` under an
 * agreement, `not-sharing` (a member without an agreement, or whose agreement was revoked), or
 * `left` (no longer a member of the network).
 */
export const reportSharingStatusChangedV1 = defineEvent({
  type: 'report.sharing-status-changed',
  version: 1,
  topic: TOPICS.networkEvents,
  carriesPersonalData: false,
  schema: z.discriminatedUnion('status', [
    z.strictObject({ ...statusBase, status: z.literal('sharing'), centreName: centreNameSchema, agreement: sharingTermsSchema }),
    z.strictObject({ ...statusBase, status: z.literal('not-sharing'), centreName: centreNameSchema, agreement: z.null() }),
    z.strictObject({ ...statusBase, status: z.literal('left'), centreName: centreNameSchema, agreement: z.null() }),
  ]),
});

/** A published cell: its categories (one per dimension of the table) and its value, null when suppressed. */
export const protectedCellSchema = z.strictObject({
  key: z.array(sharedCategorySchema).min(1).max(2),
  value: z.number().int().min(0).nullable(),
});

/** A protected table: cells not listed are true zeros. */
export const protectedTableSchema = z
  .strictObject({
    dimensions: breakdownSchema,
    cells: z.array(protectedCellSchema).max(10_000),
  })
  .refine((table) => table.cells.every((cell) => cell.key.length === table.dimensions.length), 'each cell has one category per dimension');

export const sharedFiguresSchema = z.strictObject({
  indicator: sharedIndicatorIdSchema,
  /** The indicator's total, null when suppressed. */
  total: z.number().int().min(0).nullable(),
  tables: z.array(protectedTableSchema).max(60),
});

/** A sum of money as a decimal string. */
const sumSchema = z.string().regex(/^\d{1,18}(?:\.\d{1,4})?$/, 'must be a decimal amount such as "1500.50"');

/**
 * A currency's labour-claim sums of what the period added (amounts first recorded in it, what was
 * received in it), each over at least k claims, none of them more than 60% of it. A currency is
 * listed only with all four; left out, it had no claims or a sum withheld (not told apart).
 */
export const sharedClaimAmountsSchema = z.strictObject({
  currency: currencySchema,
  /** Null only in events published before the sums were flows (fewer than k claims then). */
  amounts: z.strictObject({ claimed: sumSchema, agreed: sumSchema, awarded: sumSchema, received: sumSchema }).nullable(),
});

export const sharedMeasuresSchema = z.strictObject({
  /** Per currency; null when the agreement does not share them. */
  labourClaimAmounts: z.array(sharedClaimAmountsSchema).max(200).nullable(),
  /**
   * Median days from intake to first service; null when not shared. `suppressed`: no median is
   * published (fewer than k cases, none included, so it does not tell none from a few).
   */
  daysToFirstService: z.strictObject({ median: z.number().min(0).nullable(), suppressed: z.boolean() }).nullable(),
});

export const fixedPeriodSchema = z.strictObject({
  kind: fixedPeriodKindSchema,
  label: fixedPeriodLabelSchema,
  from: z.iso.date(),
  to: z.iso.date(),
});

/** A centre's suppressed figures for one closed period, under an agreement: published once, never again. */
export const reportAggregatePublishedV1 = defineEvent({
  type: 'report.aggregate-published',
  version: 1,
  topic: TOPICS.networkEvents,
  carriesPersonalData: false,
  schema: z.strictObject({
    centre: centreIdSchema,
    network: networkIdSchema,
    agreementId: z.uuid(),
    period: fixedPeriodSchema,
    rule: suppressionRuleSchema,
    indicators: z.array(sharedFiguresSchema).min(1).max(20),
    measures: sharedMeasuresSchema,
    publishedAt: z.iso.datetime({ offset: true }),
  }),
});

export const REPORT_EVENTS = [reportSharingStatusChangedV1, reportAggregatePublishedV1] as const;
