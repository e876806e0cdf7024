import { principalOf, valid, validate } from '@corredor/service-kit';
import { Router } from 'express';
import { z } from 'zod';
import type { ServedPersonRepository } from './served-person.repository';

const day = z.iso.date('must be a date such as 2026-11-01');

/** `from` and `to` are calendar days, both included; by default the current calendar year. */
const reportQuery = z
  .object({ from: day.optional(), to: day.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '"from" must not be after "to"', path: ['from'] });

export function peopleServedRouter(deps: { people: ServedPersonRepository; clock: () => Date }): Router {
  const router = Router();
  router.get('/reports/people-served', validate({ query: reportQuery }), async (_req, res) => {
    const query = valid(res, 'query', reportQuery);
    const year = deps.clock().getUTCFullYear();
    const from = query.from ?? `${year}-01-01`;
    const to = query.to ?? `${year}-12-31`;
    const end = new Date(`${to}T00:00:00.000Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    const centre = principalOf(res).centre;
    const report = await deps.people.report(centre, { from: new Date(`${from}T00:00:00.000Z`), to: end });
    res.json({ centre, period: { from, to }, ...report });
  });
  return router;
}
