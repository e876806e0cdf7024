import { CENTRE_STAFF_ROLES, caseOutcomeSchema, DomainError } from '@corredor/contracts';
import { principalOf, requireRole, valid, validate } from '@corredor/service-kit';
import { Router } from 'express';
import { z } from 'zod';
import { caseView } from './case.view';
import { closeCaseUseCase, type CloseCaseDeps } from './close-case.use-case';

const caseParams = z.object({ id: z.uuid('not a case id') });
const listQuery = z.object({
  status: z.enum(['open', 'closed']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
const closeBody = z.strictObject({ outcome: caseOutcomeSchema, expectedVersion: z.number().int().positive() });

export function casesRouter(deps: CloseCaseDeps): Router {
  const router = Router();
  const staff = requireRole(...CENTRE_STAFF_ROLES);

  router.get('/cases', staff, validate({ query: listQuery }), async (_req, res) => {
    const query = valid(res, 'query', listQuery);
    const { items, total } = await deps.cases.list(principalOf(res).centre, query);
    res.json({ items: items.map(caseView), total, limit: query.limit, offset: query.offset });
  });

  router.get('/cases/:id', staff, validate({ params: caseParams }), async (_req, res) => {
    const kase = await deps.cases.findById(principalOf(res).centre, valid(res, 'params', caseParams).id);
    if (!kase) throw new DomainError('CASE.NOT_FOUND', 'not-found', 'No such case at this centre.');
    res.json(caseView(kase));
  });

  router.post('/cases/:id/close', staff, validate({ params: caseParams, body: closeBody }), async (_req, res) => {
    const body = valid(res, 'body', closeBody);
    const closed = await closeCaseUseCase(deps, {
      principal: principalOf(res),
      caseId: valid(res, 'params', caseParams).id,
      outcome: body.outcome,
      expectedVersion: body.expectedVersion,
      requestId: String(res.locals['requestId']),
    });
    res.json(caseView(closed));
  });

  return router;
}
