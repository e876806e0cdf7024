import { randomUUID } from 'node:crypto';
import { CENTRE_STAFF_ROLES, DomainError } from '@corredor/contracts';
import { principalOf, requireRole, valid, validate } from '@corredor/service-kit';
import { Router } from 'express';
import { z } from 'zod';
import { PARTNER_SERVICES } from '../partners/partner.domain';
import type { PartnerRepository } from '../partners/partner.repository';
import { partnerView } from '../partners/partners.routes';
import type { ReferableCaseRepository } from '../referable-cases/referable-case';
import { makeReferral, type Referral } from './referral.domain';
import type { ReferralRepository } from './referral.repository';

const params = z.object({ caseId: z.uuid('not a case id') });
const body = z.strictObject({
  partnerId: z.uuid('not a partner id'),
  need: z.enum(PARTNER_SERVICES),
  consentToShare: z.literal(true, 'the person must agree to their data being shared with the partner'),
});

export interface ReferralsDeps {
  partners: PartnerRepository;
  cases: ReferableCaseRepository;
  referrals: ReferralRepository;
  clock: () => Date;
}

export function referralsRouter(deps: ReferralsDeps): Router {
  const router = Router();
  const staff = requireRole(...CENTRE_STAFF_ROLES);

  const view = async (referral: Referral) => {
    const partner = await deps.partners.findById(referral.tenant, referral.partnerId);
    return {
      id: referral.id,
      caseId: referral.caseId,
      partner: partner ? partnerView(partner) : { id: referral.partnerId },
      need: referral.need,
      status: referral.status,
      consentToShare: { given: true, recordedAt: referral.consentToShare.recordedAt.toISOString() },
      madeAt: referral.madeAt.toISOString(),
      madeBy: referral.madeBy,
    };
  };

  router.post('/cases/:caseId/referrals', staff, validate({ params, body }), async (_req, res) => {
    const principal = principalOf(res);
    const { caseId } = valid(res, 'params', params);
    const command = valid(res, 'body', body);
    const [kase, partner] = await Promise.all([deps.cases.find(principal.centre, caseId), deps.partners.findById(principal.centre, command.partnerId)]);
    const referral = makeReferral(kase, partner, command, { id: randomUUID(), tenant: principal.centre, userId: principal.userId, now: deps.clock() });
    await deps.referrals.add(referral);
    res.status(201).json(await view(referral));
  });

  router.get('/cases/:caseId/referrals', staff, validate({ params }), async (_req, res) => {
    const principal = principalOf(res);
    const { caseId } = valid(res, 'params', params);
    if (!(await deps.cases.find(principal.centre, caseId))) {
      throw new DomainError('REFERRAL.CASE_NOT_FOUND', 'not-found', 'No such case at this centre.');
    }
    const referrals = await deps.referrals.listForCase(principal.centre, caseId);
    res.json({ items: await Promise.all(referrals.map(view)) });
  });

  return router;
}
