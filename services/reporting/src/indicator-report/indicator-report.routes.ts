import { DomainError } from '@corredor/contracts';
import { problem, requestIdOf, valid, type ApiRoutes, type CentreDirectoryView } from '@corredor/service-kit';
import type { Response } from 'express';
import { z } from 'zod';
import { inSlices, type SliceOptions } from '../cooperative/time-slices';
import { INDICATOR_IDS, INDICATORS, isIndicator, type IndicatorId } from '../indicators/indicator-catalog';
import type { PeriodFiguresSource } from '../indicators/period-figures';
import { currentYear, MAX_RANGE_YEARS, parsePeriod, rangePeriod, type ReportPeriod } from '../periods/report-period.domain';
import { checkPeriodLabel, checkRange, reportDaySchema } from '../periods/report-period.schema';
import type { CentreReportReader } from '../report-settings/report-access';
import { indicatorReportCsv } from './indicator-report.csv';
import { figuresWanted, IN_CENTRE_SUPPRESSION, indicatorReportSteps } from './indicator-report.domain';

/**
 * The report's query; its days and periods are bounded by the route's clock (report-period.schema.ts):
 * years 2000 to next year, a range of at most five years, in order.
 */
const reportQuery = (clock: () => Date) =>
  z
    .object({
      period: z
        .string()
        .max(40)
        .optional()
        .meta({ description: "A month `2026-11`, a quarter `2026-Q4`, a year `2026`, an ISO week `2026-W48` or a day `2026-11-24`, in the centre's calendar, of a year from 2000 to next year. Default: the current year." }),
      from: reportDaySchema(clock).optional().meta({ description: `With \`to\`, instead of \`period\`: a range of days, both included, of at most ${MAX_RANGE_YEARS} years` }),
      to: reportDaySchema(clock).optional(),
      indicators: z
        .string()
        .max(1000)
        .optional()
        .meta({ description: `Only these indicators, comma-separated (default: all): ${INDICATOR_IDS.join(', ')}` }),
      format: z
        .enum(['json', 'csv'])
        .optional()
        .meta({ description: '`csv` answers the same report as text/csv (UTF-8 with a byte-order mark, a header block, then indicator,dimension,category,value rows), as a download. Default `json`.' }),
    })
    .superRefine((q, ctx) => {
      if (q.period !== undefined) checkPeriodLabel(q.period, ctx, clock());
      if (q.period !== undefined && (q.from !== undefined || q.to !== undefined)) {
        ctx.addIssue({ code: 'custom', message: 'give either a period or "from" and "to", not both', path: ['period'] });
      }
      if ((q.from === undefined) !== (q.to === undefined)) ctx.addIssue({ code: 'custom', message: '"from" and "to" go together', path: [q.from === undefined ? 'from' : 'to'] });
      if (q.from !== undefined && q.to !== undefined) checkRange(q.from, q.to, ctx, clock());
    });
type ReportQuery = z.infer<ReturnType<typeof reportQuery>>;

const counts = (description: string) => z.record(z.string(), z.number().int().nonnegative()).meta({ description });
const amounts = z.object({
  claims: z.number().int().nonnegative().meta({ description: 'How many claims these sums are over' }),
  claimed: z.string(),
  agreed: z.string(),
  awarded: z.string(),
  received: z.string(),
});

const indicatorEntry = z
  .object({
    unit: z.string().meta({ description: 'What one count is: a person, a case, a closure, a service, a referral, a claim, a flag' }),
    description: z.string().meta({ description: 'How the indicator is counted' }),
    total: z.number().int().nonnegative(),
    breakdowns: z
      .record(z.string(), counts('Count per category'))
      .meta({ description: "Per dimension, the count of each category met (categories of a multi-valued dimension, such as a person's languages, add up to more than the total)" }),
    peopleByServiceType: counts('services-delivered only: to how many people, per type').optional(),
    daysToFirstService: z
      .object({ cases: z.number().int().nonnegative(), median: z.number().nullable() })
      .meta({ description: 'services-delivered only: median days from intake (the case opening) to first service, over the cases whose first service (not voided) fell in the period' })
      .optional(),
    partners: z
      .array(z.object({ partnerId: z.string(), name: z.string(), referrals: z.number().int().nonnegative() }))
      .meta({ description: 'referrals only: each partner referred to, with its name' })
      .optional(),
    amounts: z
      .record(z.string(), amounts)
      .meta({ description: 'labour-claims only: per ISO 4217 currency, the sums as they stood at the end of the period (decimal strings)' })
      .optional(),
  })
  .meta({ id: 'IndicatorEntry' });

const indicatorReportSchema = z
  .object({
    centre: z.string(),
    period: z.object({
      kind: z.enum(['day', 'week', 'month', 'quarter', 'year', 'range']),
      label: z.string(),
      from: z.iso.date(),
      to: z.iso.date(),
      timeZone: z.string().meta({ description: "The centre's time zone: the days are its calendar days" }),
    }),
    generatedAt: z.iso.datetime(),
    suppression: z.literal(IN_CENTRE_SUPPRESSION).meta({ description: 'No small-cell suppression: these figures never leave the centre' }),
    indicators: z.record(z.string(), indicatorEntry).meta({ description: 'Each indicator asked for, by id' }),
  })
  .meta({ id: 'IndicatorReport' });

const INDICATOR_DEFINITIONS = INDICATOR_IDS.map((id) => `\`${id}\`: ${INDICATORS[id].description}.`).join(' ');

/** A 422 with the service's own code and the field at fault: the kit's DomainError carries no field errors. */
function refuseIndicators(res: Response): void {
  const body = {
    ...problem(422, 'REPORTING.UNKNOWN_INDICATOR', 'An indicator asked for is not one this service counts.', [
      { field: 'query.indicators', message: `names an indicator that does not exist; the indicators are ${INDICATOR_IDS.join(', ')}` },
    ]),
    instance: '/v1/reports/indicators',
    requestId: requestIdOf(res),
  };
  res.status(422).type('application/problem+json').json(body);
}

function periodOf(query: ReportQuery, now: Date, timeZone: string): ReportPeriod {
  if (query.period !== undefined) return parsePeriod(query.period) ?? currentYear(now, timeZone);
  if (query.from !== undefined && query.to !== undefined) return rangePeriod(query.from, query.to) ?? currentYear(now, timeZone);
  return currentYear(now, timeZone);
}

export interface IndicatorReportDeps {
  figures: PeriodFiguresSource;
  partnerNames: (centre: string) => Promise<Record<string, string>>;
  reader: CentreReportReader;
  clock: () => Date;
  centres: CentreDirectoryView;
  slices?: SliceOptions;
}

export function indicatorReportRoutes(api: ApiRoutes, deps: IndicatorReportDeps): void {
  const querySchema = reportQuery(deps.clock);
  api.get(
    '/reports/indicators',
    {
      summary: "The centre's indicators for a period: exact figures, for use inside the centre",
      description:
        "Every indicator the centre monitors, counted from the events reporting consumes and from no personal data, for a day, an ISO week, a month, a quarter, a year or a range of days in the centre's calendar. " +
        'Exact figures, with no suppression: this report never leaves the centre (what is shared with a network goes through small-cell suppression). ' +
        'A case whose person did not agree to be counted in statistics, or withdrew that consent, counts in no indicator. ' +
        `Read by the centre's coordinators and lawyers, and by its promoters and interpreters when the centre's report settings open the reports to all staff. ` +
        `Add \`format=csv\` for the same report as a CSV download. Definitions: ${INDICATOR_DEFINITIONS}`,
      tag: 'Reports',
      query: querySchema,
      responses: { 200: { description: 'The report (JSON; text/csv with format=csv)', schema: indicatorReportSchema } },
    },
    async (_req, res) => {
      const principal = await deps.reader(res);
      const query = valid(res, 'query', querySchema);
      const requested = query.indicators === undefined ? INDICATOR_IDS : query.indicators.split(',').map((id) => id.trim());
      if (requested.length === 0 || !requested.every(isIndicator)) return refuseIndicators(res);
      const centre = principal.centre;
      const timeZone = deps.centres.timeZoneOf(centre);
      if (!timeZone) throw new DomainError('CENTRE.UNKNOWN', 'forbidden', 'This centre is not known here.');
      const now = deps.clock();
      const period = periodOf(query, now, timeZone);
      const indicators = requested as IndicatorId[];
      const [figures, partnerNames] = await Promise.all([deps.figures(centre, period, timeZone, figuresWanted(indicators)), deps.partnerNames(centre)]);
      // Tabulated in slices too: a large centre's year has hundreds of thousands of units.
      const report = await inSlices(indicatorReportSteps({ centre, period: { ...period, timeZone }, generatedAt: now, figures, partnerNames, indicators }), deps.slices);
      if (query.format === 'csv') {
        res
          .status(200)
          .attachment(`${centre}-indicators-${period.label.replace('..', '_')}.csv`)
          .type('text/csv; charset=utf-8')
          .send(indicatorReportCsv(report));
        return;
      }
      res.json(report);
    },
  );
}
