import { CENTRE_STAFF_ROLES, DomainError } from '@corredor/contracts';
import { principalOf, RequestValidationError, requireRole, valid, validate } from '@corredor/service-kit';
import { Router } from 'express';
import { z } from 'zod';
import { intakeView } from './intake.view';
import type { IntakeRepository } from './intake.repository';
import { idempotencyKeySchema, submitIntakeBody } from './submit-intake.schema';
import { submitIntakeUseCase, type SubmitIntakeDeps } from './submit-intake.use-case';

const intakeParams = z.object({ id: z.uuid('not an intake id') });

export function intakesRouter(deps: SubmitIntakeDeps & { intakes: IntakeRepository }): Router {
  const router = Router();

  router.post('/intakes', requireRole(...CENTRE_STAFF_ROLES), validate({ body: submitIntakeBody }), async (req, res) => {
    const header = req.get('Idempotency-Key');
    const key = header === undefined ? null : idempotencyKeySchema.safeParse(header);
    if (key && !key.success) {
      throw new RequestValidationError([{ field: 'headers.idempotency-key', message: key.error.issues[0]?.message ?? 'invalid' }]);
    }
    const { intake, replayed } = await submitIntakeUseCase(deps, {
      principal: principalOf(res),
      body: valid(res, 'body', submitIntakeBody),
      idempotencyKey: key ? key.data : null,
      requestId: String(res.locals['requestId']),
    });
    res
      .status(replayed ? 200 : 201)
      .location(`/v1/intakes/${intake.id}`)
      .set(replayed ? { 'Idempotent-Replayed': 'true' } : {})
      .json(intakeView(intake));
  });

  router.get('/intakes/:id', requireRole(...CENTRE_STAFF_ROLES), validate({ params: intakeParams }), async (_req, res) => {
    const { id } = valid(res, 'params', intakeParams);
    const intake = await deps.intakes.findById(principalOf(res).centre, id);
    if (!intake) throw new DomainError('INTAKE.NOT_FOUND', 'not-found', 'No such intake at this centre.');
    res.json(intakeView(intake));
  });

  return router;
}
