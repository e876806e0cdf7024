import { DomainError } from '@corredor/contracts';
import { RequestValidationError, valid, type ApiRoutes, type CentreDirectoryView } from '@corredor/service-kit';
import { z } from 'zod';
import { inSlices, type SliceOptions } from '../cooperative/time-slices';
import { INDICATORS } from '../indicators/indicator-catalog';
import type { PeriodFiguresSource } from '../indicators/period-figures';
import { oneWayTables, type Table } from '../indicators/tabulate.domain';
import { currentYear, MAX_RANGE_YEARS, rangeProblem } from '../periods/report-period.domain';
import { checkRange, RANGE_MESSAGES, reportDaySchema } from '../periods/report-period.schema';
import type { CentreReportReader } from '../report-settings/report-access';

/**
 * `from` and `to` are calendar days at the centre, both included; by default its current calendar
 * year. Bounded by the route's clock (report-period.schema.ts): years 2000 to next year, a range of
 * at most five years, in order.
 */
const reportQuery = (clock: () => Date) =>
  z
    .object({
      from: reportDaySchema(clock).optional().meta({ description: `The first day (default: the first of the current year); the range is at most ${MAX_RANGE_YEARS} years` }),
      to: reportDaySchema(clock).optional().meta({ description: 'The last day (default: the last of the current year)' }),
    })
    .superRefine((q, ctx) => {
      if (q.from !== undefined && q.to !== undefined) checkRange(q.from, q.to, ctx, clock());
    });

const counts = (description: string) => z.record(z.string(), z.number().int().nonnegative()).meta({ description });

const peopleServedReport = z
  .object({
    centre: z.string(),
    period: z.object({ from: z.iso.date(), to: z.iso.date(), timeZone: z.string().meta({ description: "The centre's time zone: the days are its calendar days" }) }),
    total: z.number().int().nonnegative(),
    bySex: counts('People by sex'),
    byNationality: counts("People by nationality: ISO 3166 alpha-2 codes, and 'unknown' and 'stateless' each counted apart"),
    byAgeBand: counts('People by age band (at the opening of their latest case)'),
    byLanguage: counts('People by language spoken (a person speaking two counts in both)'),
  })
  .meta({ id: 'PeopleServedReport' });

const BREAKDOWNS = ['sex', 'nationality', 'ageBand', 'language'] as const;
const countsOf = (table: Table | undefined) => Object.fromEntries((table?.cells ?? []).map((cell) => [cell.key[0] ?? '', cell.count]));

/** The first of the centre's reports, kept as it was asked for: the `people-served` indicator of GET /reports/indicators, by four of its dimensions. */
export function peopleServedRoutes(
  api: ApiRoutes,
  deps: { figures: PeriodFiguresSource; reader: CentreReportReader; clock: () => Date; centres: CentreDirectoryView; slices?: SliceOptions },
): void {
  const querySchema = reportQuery(deps.clock);
  api.get(
    '/reports/people-served',
    {
      summary: 'People served in a period, by sex, nationality, age band and language',
      description:
        `${INDICATORS['people-served'].description}. The same figures as the people-served indicator of GET /reports/indicators, who may read them included. ` +
        "A withdrawn statistics consent removes the person's cases opened until then from every period as soon as reporting hears of it; a consent " +
        'given again later does not bring them back: only cases opened from then on are counted. An erased person\'s cases count in no period.',
      tag: 'Reports',
      query: querySchema,
      responses: { 200: { description: 'The figures', schema: peopleServedReport } },
    },
    async (_req, res) => {
      const centre = (await deps.reader(res)).centre;
      const query = valid(res, 'query', querySchema);
      // The centre check before every route found it; this is for a directory that lost it since.
      const timeZone = deps.centres.timeZoneOf(centre);
      if (!timeZone) throw new DomainError('CENTRE.UNKNOWN', 'forbidden', 'This centre is not known here.');
      const year = currentYear(deps.clock(), timeZone);
      const period = { from: query.from ?? year.from, to: query.to ?? year.to };
      // With one end given, the other is the current year's: the range they make must hold too.
      const problem = rangeProblem(period.from, period.to);
      if (problem) throw new RequestValidationError([{ field: query.from === undefined ? 'query.to' : 'query.from', message: `${RANGE_MESSAGES[problem]} (a day not given is the current year's first or last)` }]);
      const people = (await deps.figures(centre, period, timeZone, { indicators: ['people-served'], measures: [] })).units['people-served'];
      const [bySex, byNationality, byAgeBand, byLanguage] = await inSlices(oneWayTables(people, BREAKDOWNS), deps.slices);
      res.json({
        centre,
        period: { ...period, timeZone },
        total: people.length,
        bySex: countsOf(bySex),
        byNationality: countsOf(byNationality),
        byAgeBand: countsOf(byAgeBand),
        byLanguage: countsOf(byLanguage),
      });
    },
  );
}
