import { DomainError } from '@corredor/contracts';
import { principalOf, valid, type ApiRoutes, type CentreDirectoryView } from '@corredor/service-kit';
import { z } from 'zod';
import { periodOfDays, yearIn } from './report-period.domain';
import type { ServedPersonRepository } from './served-person.repository';

const day = z.iso.date('must be a date such as 2026-11-01');

/** `from` and `to` are calendar days at the centre, both included; by default its current calendar year. */
const reportQuery = z
  .object({ from: day.optional(), to: day.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '"from" must not be after "to"', path: ['from'] });

const counts = (description: string) => z.record(z.string(), z.number().int().nonnegative()).meta({ description });

const peopleServedReport = z
  .object({
    centre: z.string(),
    period: z.object({ from: z.iso.date(), to: z.iso.date(), timeZone: z.string().meta({ description: "The centre's time zone: the days are its calendar days" }) }),
    total: z.number().int().nonnegative(),
    bySex: counts('Cases by sex'),
    byNationality: counts("Cases by nationality: ISO 3166 alpha-2 codes, and 'unknown' and 'stateless' each counted apart"),
    byAgeBand: counts('Cases by age band at opening'),
    byLanguage: counts('Cases by language spoken (a person speaking two counts in both)'),
  })
  .meta({ id: 'PeopleServedReport' });

export function peopleServedRoutes(api: ApiRoutes, deps: { people: ServedPersonRepository; clock: () => Date; centres: CentreDirectoryView }): void {
  api.get(
    '/reports/people-served',
    {
      summary: 'People served in a period: cases opened, by sex, nationality, age band and language',
      description:
        'Counts the cases of people who agreed to be counted in anonymised statistics. A withdrawn statistics consent removes ' +
        "the person's cases from every period as soon as reporting hears of it; a consent given again later does not bring them " +
        'back (reporting keeps no copy): only cases that reach it from then on are counted.',
      tag: 'Reports',
      query: reportQuery,
      responses: { 200: { description: 'The figures', schema: peopleServedReport } },
    },
    async (_req, res) => {
      const query = valid(res, 'query', reportQuery);
      const centre = principalOf(res).centre;
      // The centre check before every route found it; this is for a directory that lost it since.
      const timeZone = deps.centres.timeZoneOf(centre);
      if (!timeZone) throw new DomainError('CENTRE.UNKNOWN', 'forbidden', 'This centre is not known here.');
      const year = yearIn(deps.clock(), timeZone);
      const from = query.from ?? year.from;
      const to = query.to ?? year.to;
      const report = await deps.people.report(centre, periodOfDays(from, to, timeZone));
      res.json({ centre, period: { from, to, timeZone }, ...report });
    },
  );
}
