import { DomainError } from '@corredor/contracts';
import type { ApiRoutes, AuditTrail } from '@corredor/service-kit';
import { decodeCursor, pageQuery, pageSchema, principalOf, RequestValidationError, toPage, valid } from '@corredor/service-kit';
import { z } from 'zod';
import { idempotencyKeySchema } from '../idempotency/idempotency.domain';
import { personParams } from '../people/people.routes';
import { personNotFound } from '../people/person.domain';
import { intakeView, intakeViewSchema } from './intake.view';
import { explainPersonErrors, submitIntakeBody } from './submit-intake.schema';
import { submitIntakeUseCase, type SubmitIntakeDeps } from './submit-intake.use-case';

const intakeParams = z.object({ id: z.uuid('not an intake id') });
const listQuery = pageQuery({ defaultLimit: 25, maxLimit: 100 });
const cursorSchema = z.tuple([z.coerce.date(), z.uuid()]);

const submitHeaders = z.object({
  'idempotency-key': idempotencyKeySchema.optional().meta({
    description:
      'Makes a retry safe: the same key with the same body within 24 hours answers 200 with the first intake (Idempotent-Replayed: true); with another body, 422 INTAKE.IDEMPOTENCY_KEY_REUSED. Keys are per user.',
  }),
});

function idempotencyKeyOf(header: string | undefined): string | null {
  if (header === undefined) return null;
  const key = idempotencyKeySchema.safeParse(header);
  if (!key.success) throw new RequestValidationError([{ field: 'headers.idempotency-key', message: key.error.issues[0]?.message ?? 'is invalid' }]);
  return key.data;
}

export function intakeRoutes(api: ApiRoutes, deps: SubmitIntakeDeps & { audit: AuditTrail }): void {
  api.post(
    '/intakes',
    {
      summary: 'Records an interview',
      description:
        'A new person, or a returning one (existingPersonId, from POST /v1/people/matches) whose last case is reopened or a new one opened. Needs the consent to store data. Risk flags are derived from the screens; the person, the intake, the consents and intake.submitted are saved together.',
      tag: 'Intakes',
      headers: submitHeaders,
      body: submitIntakeBody,
      responses: {
        201: { description: 'The intake recorded', schema: intakeViewSchema, headers: { Location: 'The intake' } },
        200: { description: 'A retry with a used Idempotency-Key: the intake it recorded', schema: intakeViewSchema, headers: { 'Idempotent-Replayed': 'true' } },
      },
      errors: [409],
    },
    explainPersonErrors,
    async (req, res) => {
      const { intake, replayed } = await submitIntakeUseCase(deps, {
        principal: principalOf(res),
        body: valid(res, 'body', submitIntakeBody),
        rawBody: req.body,
        idempotencyKey: idempotencyKeyOf(req.get('Idempotency-Key')),
        requestId: String(res.locals['requestId']),
      });
      if (replayed) res.status(200).set('Idempotent-Replayed', 'true');
      else res.status(201);
      res.location(`/v1/intakes/${intake.id}`).json(intakeView(intake));
    },
  );

  api.get(
    '/intakes/:id',
    {
      summary: 'An interview: answers, risk flags with their reasons, consents given',
      description: 'Each read is recorded in the audit trail.',
      tag: 'Intakes',
      params: intakeParams,
      responses: { 200: { description: 'The intake', schema: intakeViewSchema } },
    },
    async (_req, res) => {
      const intake = await deps.intakes.findById(principalOf(res).centre, valid(res, 'params', intakeParams).id);
      if (!intake) throw new DomainError('INTAKE.NOT_FOUND', 'not-found', 'No such intake at this centre.');
      await deps.audit.recordRead(res, { action: 'intake.read', record: { type: 'intake', id: intake.id }, purpose: 'case-work' });
      res.json(intakeView(intake));
    },
  );

  api.get(
    '/people/:id/intakes',
    {
      summary: "A person's interviews at the centre, newest first",
      description: 'Each intake returned is recorded in the audit trail.',
      tag: 'Intakes',
      params: personParams,
      query: listQuery,
      responses: { 200: { description: 'A page of intakes', schema: pageSchema(intakeViewSchema) } },
    },
    async (_req, res) => {
      const tenant = principalOf(res).centre;
      const { id } = valid(res, 'params', personParams);
      const { limit, cursor } = valid(res, 'query', listQuery);
      const after = decodeCursor(cursor, cursorSchema);
      if (!(await deps.people.findById(tenant, id))) throw personNotFound();
      const fetched = await deps.intakes.listByPerson(tenant, id, { limit: limit + 1, after });
      const page = toPage(fetched, limit, (intake) => [intake.submittedAt, intake.id]);
      for (const intake of page.items) {
        await deps.audit.recordRead(res, { action: 'intake.read', record: { type: 'intake', id: intake.id }, purpose: 'case-work' });
      }
      res.json({ items: page.items.map(intakeView), nextCursor: page.nextCursor });
    },
  );
}
