import { currencySchema, DomainError, labourAuthoritySchema, labourClaimStatusSchema, labourClaimTypeSchema, moneyAmountSchema } from '@corredor/contracts';
import type { ApiRoutes } from '@corredor/service-kit';
import { decodeCursor, pageQuery, pageSchema, principalOf, toPage, valid } from '@corredor/service-kit';
import { z } from 'zod';
import { caseAt } from '../timeline/case-work';
import { lineSchema } from '../timeline/text.schemas';
import { addHearingUseCase, changeClaimUseCase, recordHearingOutcomeUseCase } from './change-claim.use-case';
import { HEARING_KINDS, HEARING_OUTCOMES } from './labour-claim.domain';
import { labourClaimView, labourClaimViewOf } from './labour-claim.view';
import { recordClaimUseCase, type LabourClaimDeps } from './record-claim.use-case';

const caseParams = z.object({ id: z.uuid('not a case id') });
const claimParams = caseParams.extend({ claimId: z.uuid('not a claim id') });
const hearingParams = claimParams.extend({ hearingId: z.uuid('not a hearing id') });
const listQuery = pageQuery({ defaultLimit: 25, maxLimit: 100 });
const cursorSchema = z.tuple([z.coerce.date(), z.uuid()]);

const money = moneyAmountSchema.nullable().optional();
const amounts = z
  .strictObject({ claimed: money, agreed: money, awarded: money, received: money })
  .meta({ description: 'Decimal strings in the claim currency ("15500.50"); null clears one' });
const day = z.iso.date('must be a date such as "2026-11-23"').nullable().optional();
const dates = z.strictObject({ conciliationFiledOn: day, agreementOn: day, judgmentOn: day }).meta({ description: 'Days that have passed at the centre' });
const expectedVersion = z.number().int().positive();

const createBody = z
  .strictObject({
    employer: lineSchema(200),
    claimType: labourClaimTypeSchema,
    authority: labourAuthoritySchema,
    status: labourClaimStatusSchema.optional().meta({ description: 'preparing when absent; a claim may be recorded already under way' }),
    currency: currencySchema,
    amounts: amounts.optional(),
    dates: dates.optional(),
  })
  .meta({ id: 'RecordLabourClaim' });

const changeBody = z
  .strictObject({
    expectedVersion,
    employer: lineSchema(200).optional(),
    claimType: labourClaimTypeSchema.optional(),
    authority: labourAuthoritySchema.optional(),
    status: labourClaimStatusSchema.optional().meta({ description: 'Must be one of the claim’s nextStatuses' }),
    amounts: amounts.optional(),
    dates: dates.optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'expectedVersion'), 'says nothing to change')
  .meta({ id: 'ChangeLabourClaim' });

const hearingBody = z
  .strictObject({
    on: z.iso.date('must be a date such as "2026-11-23"'),
    kind: z.enum(HEARING_KINDS),
    outcome: z.enum(HEARING_OUTCOMES).nullable().optional().meta({ description: 'Only for a hearing already held' }),
    expectedVersion: expectedVersion.optional(),
  })
  .meta({ id: 'AddHearing' });

const outcomeBody = z.strictObject({ outcome: z.enum(HEARING_OUTCOMES), expectedVersion }).meta({ id: 'RecordHearingOutcome' });

const TAG = 'Labour justice';
const requestIdOf = (res: { locals: Record<string, unknown> }) => String(res.locals['requestId']);

export function labourClaimRoutes(api: ApiRoutes, deps: LabourClaimDeps): void {
  api.post(
    '/cases/:id/labour-claims',
    {
      summary: 'Records a labour-justice claim on a case: employer, claim type, authority, status, amounts, key dates',
      tag: TAG,
      params: caseParams,
      body: createBody,
      responses: { 201: { description: 'The claim', schema: labourClaimView, headers: { Location: 'The claim' } } },
      errors: [409],
    },
    async (_req, res) => {
      const caseId = valid(res, 'params', caseParams).id;
      const claim = await recordClaimUseCase(deps, { principal: principalOf(res), caseId, command: valid(res, 'body', createBody), requestId: requestIdOf(res) });
      res.status(201).location(`/v1/cases/${caseId}/labour-claims/${claim.id}`).json(labourClaimViewOf(claim));
    },
  );

  api.get(
    '/cases/:id/labour-claims',
    {
      summary: "A case's labour-justice claims, newest first",
      tag: TAG,
      params: caseParams,
      query: listQuery,
      responses: { 200: { description: 'A page of claims', schema: pageSchema(labourClaimView).meta({ id: 'LabourClaimPage' }) } },
    },
    async (_req, res) => {
      const tenant = principalOf(res).centre;
      const caseId = valid(res, 'params', caseParams).id;
      const { limit, cursor } = valid(res, 'query', listQuery);
      await caseAt(deps.cases, tenant, caseId);
      const fetched = await deps.claims.list(tenant, caseId, { after: decodeCursor(cursor, cursorSchema), limit: limit + 1 });
      const page = toPage(fetched, limit, (claim) => [claim.createdAt, claim.id]);
      res.json({ items: page.items.map(labourClaimViewOf), nextCursor: page.nextCursor });
    },
  );

  api.get(
    '/cases/:id/labour-claims/:claimId',
    {
      summary: 'One labour-justice claim',
      tag: TAG,
      params: claimParams,
      responses: { 200: { description: 'The claim', schema: labourClaimView } },
    },
    async (_req, res) => {
      const tenant = principalOf(res).centre;
      const { id, claimId } = valid(res, 'params', claimParams);
      await caseAt(deps.cases, tenant, id);
      const claim = await deps.claims.findById(tenant, id, claimId);
      if (!claim) throw new DomainError('CASE.CLAIM_NOT_FOUND', 'not-found', 'No such labour claim on this case.');
      res.json(labourClaimViewOf(claim));
    },
  );

  api.patch(
    '/cases/:id/labour-claims/:claimId',
    {
      summary: 'Changes a claim: status (along the allowed transitions), amounts, key dates, employer, type, authority',
      tag: TAG,
      params: claimParams,
      body: changeBody,
      responses: { 200: { description: 'The claim as changed', schema: labourClaimView } },
      errors: [409],
    },
    async (_req, res) => {
      const { id, claimId } = valid(res, 'params', claimParams);
      const { expectedVersion: version, ...changes } = valid(res, 'body', changeBody);
      const claim = await changeClaimUseCase(deps, { principal: principalOf(res), caseId: id, claimId, expectedVersion: version, changes, requestId: requestIdOf(res) });
      res.json(labourClaimViewOf(claim));
    },
  );

  api.post(
    '/cases/:id/labour-claims/:claimId/hearings',
    {
      summary: 'Adds a hearing to a claim (scheduled, or held with its outcome)',
      tag: TAG,
      params: claimParams,
      body: hearingBody,
      responses: { 201: { description: 'The claim with the hearing', schema: labourClaimView } },
      errors: [409],
    },
    async (_req, res) => {
      const { id, claimId } = valid(res, 'params', claimParams);
      const { expectedVersion: version, ...hearing } = valid(res, 'body', hearingBody);
      const { claim } = await addHearingUseCase(deps, { principal: principalOf(res), caseId: id, claimId, expectedVersion: version, hearing, requestId: requestIdOf(res) });
      res.status(201).json(labourClaimViewOf(claim));
    },
  );

  api.patch(
    '/cases/:id/labour-claims/:claimId/hearings/:hearingId',
    {
      summary: 'Records the outcome of a hearing once it was held',
      tag: TAG,
      params: hearingParams,
      body: outcomeBody,
      responses: { 200: { description: 'The claim with the outcome', schema: labourClaimView } },
      errors: [409],
    },
    async (_req, res) => {
      const { id, claimId, hearingId } = valid(res, 'params', hearingParams);
      const { outcome, expectedVersion: version } = valid(res, 'body', outcomeBody);
      const claim = await recordHearingOutcomeUseCase(deps, { principal: principalOf(res), caseId: id, claimId, hearingId, outcome, expectedVersion: version, requestId: requestIdOf(res) });
      res.json(labourClaimViewOf(claim));
    },
  );
}
