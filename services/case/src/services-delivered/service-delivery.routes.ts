import { iso639Schema, staffIdSchema, type ServiceType } from '@corredor/contracts';
import type { ApiRoutes } from '@corredor/service-kit';
import { decodeCursor, pageQuery, pageSchema, principalOf, toPage, valid } from '@corredor/service-kit';
import { z } from 'zod';
import { caseAt } from '../timeline/case-work';
import { lineSchema, textSchema } from '../timeline/text.schemas';
import { ACCOMPANIMENT_OFFICES, ACCOMPANIMENT_PROCEDURES } from './service-delivery.domain';
import { recordServiceUseCase, type ServiceDeliveryDeps } from './record-service.use-case';
import { serviceDeliveryView, serviceDeliveryViewOf } from './service-delivery.view';
import { voidServiceUseCase } from './void-service.use-case';

const caseParams = z.object({ id: z.uuid('not a case id') });
const serviceParams = caseParams.extend({ serviceId: z.uuid('not a service id') });
const listQuery = pageQuery({ defaultLimit: 25, maxLimit: 100 });
const cursorSchema = z.tuple([z.iso.date(), z.coerce.date(), z.uuid()]);

const common = {
  deliveredOn: z.iso.date('must be a date such as "2026-11-23"').meta({ description: "The day it was delivered, in the centre's calendar; not after today" }),
  deliveredBy: staffIdSchema.optional().meta({ description: 'Staff user id of who delivered it; the caller when absent' }),
  language: iso639Schema.nullable().optional().meta({ description: 'ISO 639 code of the language it was given in; for interpretation, toLanguage when absent' }),
  durationMinutes: z.number().int().min(1).max(24 * 60).nullable().optional(),
  note: textSchema(2000).nullable().optional(),
};
const PLAIN_TYPES = ['labour-rights-guidance', 'procedures-guidance', 'job-opportunities', 'labour-justice-support'] as const satisfies readonly ServiceType[];

const recordBody = z
  .discriminatedUnion('type', [
    z.strictObject({ ...common, type: z.enum(PLAIN_TYPES) }),
    z.strictObject({
      ...common,
      type: z.literal('accompaniment'),
      accompaniment: z.strictObject({ office: z.enum(ACCOMPANIMENT_OFFICES), procedure: z.enum(ACCOMPANIMENT_PROCEDURES) }),
    }),
    z.strictObject({
      ...common,
      type: z.literal('interpretation'),
      interpretation: z
        .strictObject({ fromLanguage: iso639Schema, toLanguage: iso639Schema })
        .refine((languages) => languages.fromLanguage !== languages.toLanguage, { message: 'must differ from fromLanguage', path: ['toLanguage'] }),
    }),
    z.strictObject({ ...common, type: z.literal('other'), other: z.strictObject({ description: lineSchema(200) }) }),
  ])
  .meta({ id: 'RecordService' });

const voidBody = z.strictObject({ reason: lineSchema(500) });

export function serviceDeliveryRoutes(api: ApiRoutes, deps: ServiceDeliveryDeps): void {
  api.post(
    '/cases/:id/services',
    {
      summary: 'Logs a service delivered on a case (guidance, accompaniment, interpretation...)',
      tag: 'Services delivered',
      params: caseParams,
      body: recordBody,
      responses: { 201: { description: 'The logged service', schema: serviceDeliveryView, headers: { Location: 'The service entry' } } },
      errors: [409],
    },
    async (_req, res) => {
      const caseId = valid(res, 'params', caseParams).id;
      const service = await recordServiceUseCase(deps, {
        principal: principalOf(res),
        caseId,
        command: valid(res, 'body', recordBody),
        requestId: String(res.locals['requestId']),
      });
      res.status(201).location(`/v1/cases/${caseId}/services/${service.id}`).json(serviceDeliveryViewOf(service));
    },
  );

  api.get(
    '/cases/:id/services',
    {
      summary: "A case's services, most recently delivered first (voided ones included, marked)",
      tag: 'Services delivered',
      params: caseParams,
      query: listQuery,
      responses: { 200: { description: 'A page of services', schema: pageSchema(serviceDeliveryView).meta({ id: 'ServiceDeliveryPage' }) } },
    },
    async (_req, res) => {
      const tenant = principalOf(res).centre;
      const caseId = valid(res, 'params', caseParams).id;
      const { limit, cursor } = valid(res, 'query', listQuery);
      await caseAt(deps.cases, tenant, caseId);
      const fetched = await deps.services.list(tenant, caseId, { after: decodeCursor(cursor, cursorSchema), limit: limit + 1 });
      const page = toPage(fetched, limit, (service) => [service.deliveredOn, service.recordedAt, service.id]);
      res.json({ items: page.items.map(serviceDeliveryViewOf), nextCursor: page.nextCursor });
    },
  );

  api.post(
    '/cases/:id/services/:serviceId/void',
    {
      summary: 'Voids a service logged by mistake: it stays in the history, with the reason, and no longer counts',
      tag: 'Services delivered',
      params: serviceParams,
      body: voidBody,
      responses: { 200: { description: 'The voided entry', schema: serviceDeliveryView } },
      errors: [409],
    },
    async (_req, res) => {
      const { id, serviceId } = valid(res, 'params', serviceParams);
      const voided = await voidServiceUseCase(deps, {
        principal: principalOf(res),
        caseId: id,
        serviceId,
        reason: valid(res, 'body', voidBody).reason,
        requestId: String(res.locals['requestId']),
      });
      res.json(serviceDeliveryViewOf(voided));
    },
  );
}
