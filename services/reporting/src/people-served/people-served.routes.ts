import { DomainError } from '@corredor/contracts';
import { principalOf, valid, validate, type CentreDirectoryView } from '@corredor/service-kit';
import { Router } from 'express';
import { z } from 'zod';
import { periodOfDays, yearIn } from './report-period.domain';
import type { ServedPersonRepository } from './served-person.repository';

const day = z.iso.date('must be a date such as 2026-11-01');

/** `from` and `to` are calendar days at the centre, both included; by default its current calendar year. */
const reportQuery = z
  .object({ from: day.optional(), to: day.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '"from" must not be after "to"', path: ['from'] });

export function peopleServedRouter(deps: { people: ServedPersonRepository; clock: () => Date; centres: CentreDirectoryView }): Router {
  const router = Router();
  router.get('/reports/people-served', validate({ query: reportQuery }), async (_req, res) => {
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
  });
  return router;
}
