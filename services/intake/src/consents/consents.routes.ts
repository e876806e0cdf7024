import { consentScopeSchema } from '@corredor/contracts';
import type { ApiRoutes } from '@corredor/service-kit';
import { decodeCursor, pageQuery, pageSchema, principalOf, toPage, valid } from '@corredor/service-kit';
import { z } from 'zod';
import { personParams } from '../people/people.routes';
import { personNotFound } from '../people/person.domain';
import { giveConsentUseCase, withdrawConsentUseCase, type ConsentDeps } from './change-consent.use-case';
import { consentView, consentViewSchema } from './consent.view';

const listQuery = pageQuery({ defaultLimit: 25, maxLimit: 100 });
const consentParams = z.object({ id: z.uuid('not a person id'), consentId: z.uuid('not a consent id') });
const cursorSchema = z.tuple([z.coerce.date(), z.uuid()]);

const caller = (res: Parameters<typeof principalOf>[0]) => ({ principal: principalOf(res), requestId: String(res.locals['requestId']) });

export function consentRoutes(api: ApiRoutes, deps: ConsentDeps): void {
  api.get(
    '/people/:id/consents',
    {
      summary: "A person's consents, given and withdrawn, newest first",
      tag: 'Consents',
      params: personParams,
      query: listQuery,
      responses: { 200: { description: 'A page of consents', schema: pageSchema(consentViewSchema) } },
    },
    async (_req, res) => {
      const tenant = principalOf(res).centre;
      const { id } = valid(res, 'params', personParams);
      const { limit, cursor } = valid(res, 'query', listQuery);
      const after = decodeCursor(cursor, cursorSchema);
      if (!(await deps.people.findById(tenant, id))) throw personNotFound();
      const fetched = await deps.consents.listByPerson(tenant, id, { limit: limit + 1, after });
      const page = toPage(fetched, limit, (consent) => [consent.givenAt, consent.id]);
      res.json({ items: page.items.map(consentView), nextCursor: page.nextCursor });
    },
  );

  api.post(
    '/people/:id/consents',
    {
      summary: 'Records a consent given after the interview',
      description:
        'For example sharing with a named partner: the referral service refers a person to a partner only once their consent to share with it is recorded here. Announced as consent.given.',
      tag: 'Consents',
      params: personParams,
      body: consentScopeSchema,
      responses: { 201: { description: 'The consent recorded', schema: consentViewSchema, headers: { Location: 'The consent' } } },
      errors: [409],
    },
    async (_req, res) => {
      const { id } = valid(res, 'params', personParams);
      const consent = await giveConsentUseCase(deps, { ...caller(res), personId: id, scope: valid(res, 'body', consentScopeSchema) });
      res.status(201).location(`/v1/people/${id}/consents/${consent.id}`).json(consentView(consent));
    },
  );

  api.post(
    '/people/:id/consents/:consentId/withdraw',
    {
      summary: 'Records that the person withdrew a consent',
      description:
        'Announced as consent.withdrawn: referral stops sharing, reporting stops counting, transfers are refused. Consent to store data cannot be withdrawn here: that means erasing the person, a separate feature.',
      tag: 'Consents',
      params: consentParams,
      responses: { 200: { description: 'The consent, withdrawn', schema: consentViewSchema } },
      errors: [409],
    },
    async (_req, res) => {
      const { id, consentId } = valid(res, 'params', consentParams);
      res.json(consentView(await withdrawConsentUseCase(deps, { ...caller(res), personId: id, consentId })));
    },
  );
}
