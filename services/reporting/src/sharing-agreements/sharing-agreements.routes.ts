import { fixedPeriodKindSchema, networkIdSchema, sharedMeasureSchema } from '@corredor/contracts';
import { decodeCursor, pageQuery, pageSchema, principalOf, requestIdOf, toPage, valid, type ApiRoutes } from '@corredor/service-kit';
import type { Response } from 'express';
import { z } from 'zod';
import type { IndicatorId } from '../indicators/indicator-catalog';
import { agreementStartSchema } from '../periods/report-period.schema';
import { breakdownKey, DEFAULT_K, MIN_K, type SharingTerms } from './sharing-agreement.domain';
import { agreementView, sharingAgreementSchema } from './sharing-agreement.view';
import { findAgreement, recordAgreement, revokeAgreement, type Actor, type SharingAgreementDeps } from './sharing-agreement.use-cases';

const name = z.string().regex(/^[A-Za-z][A-Za-z-]{0,47}$/, 'must be an id such as "people-served" or "ageBand"');

const sharedIndicator = z.strictObject({
  indicator: name.meta({ description: 'An indicator of the catalog (REPORTING.UNKNOWN_INDICATOR otherwise)' }),
  breakdowns: z
    .array(z.array(name).min(1).max(2).refine((dimensions) => new Set(dimensions).size === dimensions.length, 'must not cross a dimension with itself'))
    .max(20)
    .default([])
    .refine((breakdowns) => new Set(breakdowns.map(breakdownKey)).size === breakdowns.length, 'must not list the same table twice')
    .meta({ description: "Tables shared besides the total: one dimension or two crossed, each among the indicator's shareable ones (REPORTING.DIMENSION_NOT_SHAREABLE otherwise)" }),
});

/** The body of POST /sharing-agreements; `from` is bounded by the route's clock. */
const agreementBody = (clock: () => Date) => z.strictObject({
  network: networkIdSchema.meta({ description: 'A network the centre belongs to (REPORTING.NOT_A_MEMBER otherwise)' }),
  indicators: z
    .array(sharedIndicator)
    .min(1)
    .max(20)
    .refine((indicators) => new Set(indicators.map((shared) => shared.indicator)).size === indicators.length, 'must not list an indicator twice'),
  measures: z.array(sharedMeasureSchema).max(2).default([]).refine((measures) => new Set(measures).size === measures.length, 'must not repeat'),
  from: agreementStartSchema(clock).meta({ description: 'The day the agreement applies from, at the centre: the first period shared is the first whole one from that day. From 2000-01-01 to a year from today' }),
  periodKind: fixedPeriodKindSchema.meta({ description: 'The one kind of period shared: month, quarter or year' }),
  k: z.number().int().min(MIN_K).max(100).default(DEFAULT_K).meta({ description: `Counts from 1 to k-1 are withheld; at least ${MIN_K}, ${DEFAULT_K} unless given` }),
  roundTo: z.number().int().min(2).max(100).nullable().default(null).meta({ description: 'Published counts rounded to this base (5, 10...), or none' }),
});

const idParams = z.object({ id: z.uuid() });
const listQuery = pageQuery({ defaultLimit: 25, maxLimit: 100 }).extend({ network: networkIdSchema.optional(), status: z.enum(['active', 'revoked']).optional() });
const listCursor = z.tuple([z.coerce.date(), z.uuid()]);
const listSchema = pageSchema(sharingAgreementSchema).meta({ id: 'SharingAgreementPage' });
const revocationBody = z.strictObject({});

function actorOf(res: Response): Actor {
  const principal = principalOf(res);
  return { centre: principal.centre, userId: principal.userId, roles: principal.roles, requestId: requestIdOf(res) };
}

/** A centre's sharing agreements with its networks: recorded and revoked by its coordinator, readable by its staff. */
export function sharingAgreementRoutes(api: ApiRoutes, deps: SharingAgreementDeps): void {
  const agreementBodySchema = agreementBody(deps.clock);
  api.post(
    '/sharing-agreements',
    {
      summary: 'Records what the centre shares with one of its networks',
      description:
        'Indicators and their breakdowns, from a date, per month, quarter or year, with small-cell suppression at k (and optional rounding). ' +
        'Only closed periods are shared, each once. One active agreement per network: revoke the current one before recording another.',
      tag: 'Sharing agreements',
      body: agreementBodySchema,
      responses: { 201: { description: 'The agreement', schema: sharingAgreementSchema, headers: { Location: 'The agreement' } } },
      errors: [409],
    },
    async (_req, res) => {
      const { network, indicators, ...rest } = valid(res, 'body', agreementBodySchema);
      // The catalog check (unknown indicator) is the use case's: it answers with its own code.
      const terms: SharingTerms = { ...rest, indicators: indicators.map((shared) => ({ indicator: shared.indicator as IndicatorId, breakdowns: shared.breakdowns })) };
      const agreement = await recordAgreement(deps, actorOf(res), { network, terms });
      res.status(201).location(`/v1/sharing-agreements/${agreement.id}`).json(agreementView(agreement));
    },
  );

  api.get(
    '/sharing-agreements',
    {
      summary: "The centre's sharing agreements, newest first",
      tag: 'Sharing agreements',
      query: listQuery,
      responses: { 200: { description: 'The agreements', schema: listSchema } },
    },
    async (_req, res) => {
      const centre = principalOf(res).centre;
      const { network, status, limit, cursor } = valid(res, 'query', listQuery);
      const after = decodeCursor(cursor, listCursor);
      const fetched = await deps.agreements.listForCentre(centre, { ...(network ? { network } : {}), ...(status ? { status } : {}) }, { after, limit: limit + 1 });
      const page = toPage(fetched, limit, (agreement) => [agreement.agreedAt, agreement.id]);
      res.json({ items: page.items.map(agreementView), nextCursor: page.nextCursor });
    },
  );

  api.get(
    '/sharing-agreements/:id',
    { summary: 'One sharing agreement of the centre', tag: 'Sharing agreements', params: idParams, responses: { 200: { description: 'The agreement', schema: sharingAgreementSchema } } },
    async (_req, res) => {
      const agreement = await findAgreement(deps, principalOf(res).centre, valid(res, 'params', idParams).id);
      res.json(agreementView(agreement));
    },
  );

  api.post(
    '/sharing-agreements/:id/revocation',
    {
      summary: 'Revokes a sharing agreement: nothing more is shared from the current period on',
      description: 'Periods that ended before the day of the revocation (at the centre) are still published if they were not yet; none after.',
      tag: 'Sharing agreements',
      params: idParams,
      body: revocationBody,
      responses: { 200: { description: 'The revoked agreement', schema: sharingAgreementSchema } },
      errors: [409],
    },
    async (_req, res) => {
      const agreement = await revokeAgreement(deps, actorOf(res), valid(res, 'params', idParams).id);
      res.json(agreementView(agreement));
    },
  );
}
