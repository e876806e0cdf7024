import { DomainError, REFERRAL_STATUSES } from '@corredor/contracts';
import { type ApiRoutes, decodeCursor, pageQuery, pageSchema, principalOf, toPage, valid } from '@corredor/service-kit';
import { z } from 'zod';
import { PARTNER_SERVICES } from '../partners/partner.domain';
import { partnerSchema, partnerView } from '../partners/partner.view';
import { makeReferralUseCase, type MakeReferralDeps } from './make-referral.use-case';
import { recordOutcomeUseCase } from './record-outcome.use-case';
import { REFERRAL_OUTCOMES, type Referral } from './referral.domain';

const params = z.object({ caseId: z.uuid('not a case id') });
// No consent flag: the person's consent to share is recorded in the intake service, with who and when, and withdrawn there.
const body = z.strictObject({
  partnerId: z.uuid('not a partner id'),
  need: z.enum(PARTNER_SERVICES),
});
const referralParams = z.object({ caseId: z.uuid('not a case id'), referralId: z.uuid('not a referral id') });
const outcomeBody = z.strictObject({
  outcome: z.enum(REFERRAL_OUTCOMES).meta({
    description: 'completed: the partner served the person; declined: the partner could not take them; not-taken-up: the person did not go or could not be reached',
  }),
});
const listQuery = pageQuery({ defaultLimit: 25, maxLimit: 100 });
const listCursor = z.tuple([z.coerce.date(), z.uuid()]);

const referralSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    partner: z.union([partnerSchema, z.object({ id: z.uuid() }).meta({ description: 'A partner no longer in the directory' })]),
    need: z.enum(PARTNER_SERVICES),
    status: z.enum(REFERRAL_STATUSES).meta({
      description:
        'made: pending; completed, declined, not-taken-up: the outcome staff recorded; ' +
        'consent-withdrawn: the person withdrew their consent to share with this partner while the referral was pending',
    }),
    consent: z
      .object({ id: z.uuid(), givenAt: z.iso.datetime() })
      .nullable()
      .meta({
        description:
          "The person's consent to share their data with this partner that the referral relies on: a consent of the intake service (GET /v1/people/{personId}/consents there says who recorded it). " +
          'Null for referrals made before consents were recorded there.',
      }),
    consentWithdrawnAt: z.iso.datetime().optional().meta({ description: 'When the person withdrew that consent, if they did while the referral was pending' }),
    concludedAt: z.iso.datetime().optional().meta({ description: 'When the outcome (the status) was recorded, if it was' }),
    concludedBy: z.string().optional().meta({ description: 'Who recorded the outcome' }),
    madeAt: z.iso.datetime(),
    madeBy: z.string(),
  })
  .meta({ id: 'Referral' });

type ReferralView = z.infer<typeof referralSchema>;

export function referralsRoutes(api: ApiRoutes, deps: MakeReferralDeps): void {
  const views = async (tenant: string, referrals: Referral[]): Promise<ReferralView[]> => {
    const partners = new Map((await deps.partners.findByIds(tenant, [...new Set(referrals.map((r) => r.partnerId))])).map((p) => [p.id, p]));
    return referrals.map((referral) => {
      const partner = partners.get(referral.partnerId);
      return {
        id: referral.id,
        caseId: referral.caseId,
        partner: partner ? partnerView(partner) : { id: referral.partnerId },
        need: referral.need,
        status: referral.status,
        consent: referral.consent ? { id: referral.consent.id, givenAt: referral.consent.givenAt.toISOString() } : null,
        ...(referral.consentWithdrawnAt ? { consentWithdrawnAt: referral.consentWithdrawnAt.toISOString() } : {}),
        ...(referral.concludedAt ? { concludedAt: referral.concludedAt.toISOString() } : {}),
        ...(referral.concludedBy ? { concludedBy: referral.concludedBy } : {}),
        madeAt: referral.madeAt.toISOString(),
        madeBy: referral.madeBy,
      };
    });
  };

  api.post(
    '/cases/:caseId/referrals',
    {
      summary: 'Refers (channels) a case to a partner that offers what the person needs, with their consent to share',
      description:
        'Interpreters do not refer. Only a coordinator refers to a partner without a signed agreement (403 REFERRAL.AGREEMENT_REQUIRED). ' +
        "The person's consent to share their data with this partner must be recorded first, in the intake service (POST /v1/people/{personId}/consents, purpose share-with-partner): " +
        'without one, 422 REFERRAL.CONSENT_MISSING; once withdrawn, 422 REFERRAL.CONSENT_WITHDRAWN until they consent again.',
      tag: 'Referrals',
      params,
      body,
      responses: { 201: { description: 'The referral', schema: referralSchema } },
      errors: [409],
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const command = valid(res, 'body', body);
      const referral = await makeReferralUseCase(deps, {
        principal,
        caseId: valid(res, 'params', params).caseId,
        partnerId: command.partnerId,
        command,
        requestId: String(res.locals['requestId']),
      });
      const [view] = await views(principal.centre, [referral]);
      res.status(201).json(view);
    },
  );

  api.get(
    '/cases/:caseId/referrals',
    {
      summary: "A case's referrals, in the order they were made",
      tag: 'Referrals',
      params,
      query: listQuery,
      responses: { 200: { description: 'A page of referrals', schema: pageSchema(referralSchema).meta({ id: 'ReferralPage' }) } },
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const { caseId } = valid(res, 'params', params);
      const { limit, cursor } = valid(res, 'query', listQuery);
      const after = decodeCursor(cursor, listCursor);
      if (!(await deps.cases.find(principal.centre, caseId))) {
        throw new DomainError('REFERRAL.CASE_NOT_FOUND', 'not-found', 'No such case at this centre.');
      }
      const page = toPage(await deps.referrals.listForCase(principal.centre, caseId, { after, limit: limit + 1 }), limit, (r) => [r.madeAt, r.id]);
      res.json({ items: await views(principal.centre, page.items), nextCursor: page.nextCursor });
    },
  );

  api.post(
    '/cases/:caseId/referrals/:referralId/outcome',
    {
      summary: 'Records what came of a pending referral',
      description:
        'Interpreters do not record outcomes, as they do not refer. Also on a closed case: what a partner did may be learnt after the case closed. ' +
        'Once per referral: a referral already concluded, or stopped by a withdrawn consent, ' +
        'answers 409 REFERRAL.ALREADY_CONCLUDED. The outcome is announced to reporting (referral.status-changed).',
      tag: 'Referrals',
      params: referralParams,
      body: outcomeBody,
      responses: { 200: { description: 'The referral, with its outcome', schema: referralSchema } },
      errors: [409],
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const { caseId, referralId } = valid(res, 'params', referralParams);
      const { outcome } = valid(res, 'body', outcomeBody);
      const referral = await recordOutcomeUseCase(deps, { principal, caseId, referralId, outcome, requestId: String(res.locals['requestId']) });
      const [view] = await views(principal.centre, [referral]);
      res.json(view);
    },
  );
}
