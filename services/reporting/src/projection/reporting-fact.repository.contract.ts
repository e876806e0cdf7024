import type { CaseOpeningFact, ReportingFactRepository } from './reporting-fact.repository';
import type { ClaimStepFact, FactWindow } from './reporting-facts';

let n = 0;
const uuid = (prefix: string) => `${prefix}-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
const at = (iso: string) => new Date(iso);

const aCase = (overrides: Partial<CaseOpeningFact> = {}): CaseOpeningFact => ({
  tenant: 'tijuana',
  caseId: uuid('00000000'),
  personId: uuid('11111111'),
  openedAt: at('2026-11-10T12:00:00Z'),
  returning: false,
  priority: 'normal',
  sex: 'female',
  ageBand: '18-29',
  nationality: 'HT',
  languages: ['ht', 'fr'],
  migratoryStatus: 'tvrh',
  ...overrides,
});

const aStep = (caseId: string, claimId: string, iso: string, overrides: Partial<ClaimStepFact> = {}): ClaimStepFact => ({
  tenant: 'tijuana',
  claimId,
  caseId,
  at: at(iso),
  claimType: 'unpaid-wages',
  authority: 'conciliation-centre',
  status: 'preparing',
  currency: 'MXN',
  claimed: '15500.50',
  agreed: null,
  awarded: null,
  received: null,
  ...overrides,
});

const november: FactWindow = { from: at('2026-11-01T07:00:00Z'), to: at('2026-12-01T08:00:00Z'), fromDay: '2026-11-01', toDay: '2026-11-30' };

/** Every fact of one case, so a test can see them all go. */
async function aCaseWithEverything(facts: ReportingFactRepository, kase: CaseOpeningFact) {
  // The case's own ids for its facts, so that recording them again lands on the same keys.
  const idOf = (prefix: string) => `${prefix}${kase.caseId.slice(8)}`;
  await facts.recordCase(kase);
  await facts.recordStatusChange(kase.tenant, kase.caseId, { at: at('2026-11-11T12:00:00Z'), to: 'active' });
  await facts.recordAttachment({ tenant: kase.tenant, caseId: kase.caseId, intakeId: idOf('22222222'), attachedAt: at('2026-11-12T12:00:00Z'), migratoryStatus: null });
  await facts.recordService({ tenant: kase.tenant, serviceId: idOf('33333333'), caseId: kase.caseId, type: 'accompaniment', deliveredOn: '2026-11-13', language: 'ht' });
  await facts.recordClaimStep(aStep(kase.caseId, idOf('44444444'), '2026-11-14T12:00:00Z', { tenant: kase.tenant }));
  await facts.recordRiskFlag({ tenant: kase.tenant, caseId: kase.caseId, screen: 'trafficking-forced-labour', flag: 'trafficking.documents-withheld', level: 'high', raisedAt: at('2026-11-10T12:00:00Z') });
  await facts.recordReferral({ tenant: kase.tenant, referralId: idOf('55555555'), caseId: kase.caseId, partnerId: idOf('66666666'), partnerName: 'Casa del Migrante', need: 'shelter', madeAt: at('2026-11-15T12:00:00Z') });
}

const sizes = async (facts: ReportingFactRepository, tenant = 'tijuana') => {
  const found = await facts.factsOf(tenant, november);
  return Object.fromEntries(Object.entries(found).map(([kind, list]) => [kind, (list as unknown[]).length]));
};

export function describeReportingFactRepositoryContract(name: string, setup: () => Promise<ReportingFactRepository>): void {
  describe(`${name} reporting-fact repository`, () => {
    let facts: ReportingFactRepository;
    beforeEach(async () => {
      facts = await setup();
    });

    it('keeps each fact once however often it is recorded, and each centre its own', async () => {
      const kase = aCase();
      for (let i = 0; i < 2; i++) {
        await aCaseWithEverything(facts, kase);
        await facts.recordClosure('tijuana', kase.caseId, { at: at('2026-11-20T12:00:00Z'), outcome: 'resolved' });
      }
      await facts.recordCase({ ...kase, sex: 'male' });
      await aCaseWithEverything(facts, aCase({ tenant: 'tapachula' }));
      expect(await sizes(facts)).toEqual({ cases: 1, attachments: 1, services: 1, firstServices: 1, claims: 1, claimsAtStart: 0, riskFlags: 1, referrals: 1 });
      const [stored] = (await facts.factsOf('tijuana', november)).cases;
      expect(stored).toEqual({
        ...kase,
        statusChanges: [{ at: at('2026-11-11T12:00:00Z'), to: 'active' }],
        closures: [{ at: at('2026-11-20T12:00:00Z'), outcome: 'resolved' }],
      });
      // A status change of a case not recorded (kept out, or not heard of yet) is not kept.
      await facts.recordStatusChange('tijuana', uuid('00000000'), { at: at('2026-11-11T12:00:00Z'), to: 'active' });
      expect((await facts.factsOf('tijuana', november)).cases).toHaveLength(1);
    });

    it('answers the facts of a window: services on its days and not voided, first services, each claim as it stood at its end', async () => {
      const kase = aCase({ openedAt: at('2026-10-20T12:00:00Z') });
      const later = aCase();
      await facts.recordCase(kase);
      await facts.recordCase(later);
      const service = (caseId: string, deliveredOn: string) => ({ tenant: 'tijuana', serviceId: uuid('33333333'), caseId, type: 'accompaniment' as const, deliveredOn, language: null });
      const october = service(kase.caseId, '2026-10-31');
      const lastDay = service(kase.caseId, '2026-11-30');
      const december = service(kase.caseId, '2026-12-01');
      const voided = service(later.caseId, '2026-11-05');
      const first = service(later.caseId, '2026-11-06');
      for (const s of [october, lastDay, december, voided, first]) await facts.recordService(s);
      await facts.voidService('tijuana', voided.serviceId);
      const found = await facts.factsOf('tijuana', november);
      expect(found.services.map((s) => s.serviceId).sort()).toEqual([lastDay.serviceId, first.serviceId].sort());
      // The earlier case's first service was in October; the later case's first not voided is on the 6th.
      expect(found.firstServices).toEqual([{ caseId: later.caseId, deliveredOn: '2026-11-06' }]);
      // Its October service voided, the earlier case's first is the one on the 30th.
      await facts.voidService('tijuana', october.serviceId);
      const byCase = <T extends { caseId: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.caseId.localeCompare(b.caseId));
      expect(byCase((await facts.factsOf('tijuana', november)).firstServices)).toEqual(
        byCase([
          { caseId: later.caseId, deliveredOn: '2026-11-06' },
          { caseId: kase.caseId, deliveredOn: '2026-11-30' },
        ]),
      );

      const claimId = uuid('44444444');
      const before = uuid('44444444');
      const after = uuid('44444444');
      await facts.recordClaimStep(aStep(kase.caseId, claimId, '2026-11-02T12:00:00Z'));
      await facts.recordClaimStep(aStep(kase.caseId, claimId, '2026-11-20T12:00:00Z', { status: 'agreement', agreed: '9000' }));
      await facts.recordClaimStep(aStep(kase.caseId, claimId, '2026-12-05T12:00:00Z', { status: 'paid', received: '9000' }));
      await facts.recordClaimStep(aStep(kase.caseId, before, '2026-10-02T12:00:00Z'));
      await facts.recordClaimStep(aStep(kase.caseId, after, '2026-12-02T12:00:00Z'));
      const spanning = uuid('44444444');
      await facts.recordClaimStep(aStep(kase.caseId, spanning, '2026-09-02T12:00:00Z'));
      await facts.recordClaimStep(aStep(kase.caseId, spanning, '2026-10-12T12:00:00Z', { status: 'agreement', agreed: '4000' }));
      await facts.recordClaimStep(aStep(kase.caseId, spanning, '2026-11-12T12:00:00Z', { status: 'paid', agreed: '4000', received: '4000' }));
      const found2 = await facts.factsOf('tijuana', november);
      const byClaim = (steps: readonly { claimId: string }[]) => [...steps].sort((a, b) => a.claimId.localeCompare(b.claimId));
      expect(byClaim(found2.claims)).toEqual(
        byClaim([aStep(kase.caseId, claimId, '2026-11-20T12:00:00Z', { status: 'agreement', agreed: '9000' }), aStep(kase.caseId, spanning, '2026-11-12T12:00:00Z', { status: 'paid', agreed: '4000', received: '4000' })]),
      );
      // Where the period's claims stood when it began: the spanning claim's October step; nothing of one first recorded in November, nor of claims outside it.
      expect(found2.claimsAtStart).toEqual([aStep(kase.caseId, spanning, '2026-10-12T12:00:00Z', { status: 'agreement', agreed: '4000' })]);
    });

    it('answers only the kinds of facts asked for, the others empty', async () => {
      const kase = aCase();
      await aCaseWithEverything(facts, kase);
      const found = await facts.factsOf('tijuana', november, ['services', 'claims', 'referrals']);
      expect(Object.fromEntries(Object.entries(found).map(([kind, list]) => [kind, (list as unknown[]).length]))).toEqual({
        cases: 0,
        attachments: 0,
        services: 1,
        firstServices: 0,
        claims: 1,
        claimsAtStart: 0,
        riskFlags: 0,
        referrals: 1,
      });
      expect(await facts.factsOf('tijuana', november, ['cases', 'firstServices'])).toMatchObject({ cases: [{ caseId: kase.caseId }], firstServices: [{ caseId: kase.caseId, deliveredOn: '2026-11-13' }], services: [] });
    });

    it('answers flags raised, referrals made and intakes attached in the window only, and the latest name of each partner', async () => {
      const kase = aCase();
      await facts.recordCase(kase);
      const partnerId = uuid('66666666');
      const referral = (madeAt: string, partnerName = 'Casa del Migrante') => ({ tenant: 'tijuana', referralId: uuid('55555555'), caseId: kase.caseId, partnerId, partnerName, need: 'shelter' as const, madeAt: at(madeAt) });
      await facts.recordReferral(referral('2026-10-31T12:00:00Z', 'Casa del Migrante (antes)'));
      await facts.recordReferral(referral('2026-11-15T12:00:00Z', 'Casa del Migrante Albergue Señor San José'));
      await facts.recordReferral(referral('2026-12-01T09:00:00Z', 'Casa del Migrante (después)'));
      for (const raisedAt of ['2026-10-31T12:00:00Z', '2026-11-30T12:00:00Z', '2026-12-01T09:00:00Z']) {
        await facts.recordRiskFlag({ tenant: 'tijuana', caseId: kase.caseId, screen: 'child-protection', flag: 'child.unaccompanied', level: 'high', raisedAt: at(raisedAt) });
      }
      for (const attachedAt of ['2026-10-31T12:00:00Z', '2026-11-30T12:00:00Z', '2026-12-01T09:00:00Z']) {
        await facts.recordAttachment({ tenant: 'tijuana', caseId: kase.caseId, intakeId: uuid('22222222'), attachedAt: at(attachedAt), migratoryStatus: 'irregular' });
      }
      const found = await facts.factsOf('tijuana', november);
      expect(found.referrals.map((r) => r.partnerName)).toEqual(['Casa del Migrante Albergue Señor San José']);
      expect(found.riskFlags.map((f) => f.raisedAt)).toEqual([at('2026-11-30T12:00:00Z')]);
      // Attachments until the end: the latest intake before it gives the migratory situation.
      expect(found.attachments.map((a) => a.attachedAt).sort((a, b) => a.getTime() - b.getTime())).toEqual([at('2026-10-31T12:00:00Z'), at('2026-11-30T12:00:00Z')]);
      expect(await facts.partnerNames('tijuana')).toEqual({ [partnerId]: 'Casa del Migrante (después)' });
      expect(await facts.partnerNames('tapachula')).toEqual({});
    });

    it("keeps a referral's latest status whichever comes first, the referral or a change of it", async () => {
      const kase = aCase();
      const referralId = uuid('55555555');
      const made = { tenant: 'tijuana', referralId, caseId: kase.caseId, partnerId: uuid('66666666'), partnerName: 'Casa del Migrante', need: 'shelter' as const, madeAt: at('2026-11-15T12:00:00Z') };
      await facts.changeReferralStatus({ tenant: 'tijuana', referralId, caseId: kase.caseId, status: 'completed', at: at('2026-11-18T12:00:00Z') });
      await facts.recordReferral(made);
      await facts.changeReferralStatus({ tenant: 'tijuana', referralId, caseId: kase.caseId, status: 'declined', at: at('2026-11-16T12:00:00Z') });
      await facts.recordReferral(made);
      expect((await facts.factsOf('tijuana', november)).referrals).toEqual([{ ...made, status: 'completed', statusChangedAt: at('2026-11-18T12:00:00Z') }]);
      await facts.changeReferralStatus({ tenant: 'tijuana', referralId, caseId: kase.caseId, status: 'not-taken-up', at: at('2026-11-18T12:00:00Z') });
      expect((await facts.factsOf('tijuana', november)).referrals[0]?.status).toBe('not-taken-up');
    });

    it('keeps a case out: forgets every fact of it, keeps its id, and leaves other cases and centres alone', async () => {
      const out = aCase();
      const kept = aCase({ personId: out.personId });
      await aCaseWithEverything(facts, out);
      await aCaseWithEverything(facts, kept);
      await aCaseWithEverything(facts, { ...out, tenant: 'tapachula' });
      expect(await facts.isKeptOut('tijuana', out.caseId)).toBe(false);
      await facts.keepOut('tijuana', out.caseId);
      await facts.keepOut('tijuana', out.caseId);
      expect(await facts.isKeptOut('tijuana', out.caseId)).toBe(true);
      expect(await facts.isKeptOut('tapachula', out.caseId)).toBe(false);
      expect(await sizes(facts)).toEqual({ cases: 1, attachments: 1, services: 1, firstServices: 1, claims: 1, claimsAtStart: 0, riskFlags: 1, referrals: 1 });
      expect((await facts.factsOf('tijuana', november)).cases.map((c) => c.caseId)).toEqual([kept.caseId]);
      expect(await facts.casesOf('tijuana', out.personId)).toEqual([{ caseId: kept.caseId, openedAt: kept.openedAt }]);
      expect((await sizes(facts, 'tapachula'))['cases']).toBe(1);
      // A case kept out before anything of it was heard of.
      const never = uuid('00000000');
      await facts.keepOut('tijuana', never);
      expect(await facts.isKeptOut('tijuana', never)).toBe(true);
    });

    it("keeps a person's latest statistics withdrawal, and none once they were erased", async () => {
      const personId = uuid('11111111');
      expect(await facts.personOf('tijuana', personId)).toBeNull();
      expect(await facts.recordWithdrawal('tijuana', personId, at('2026-11-20T12:00:00Z'))).toEqual({ tenant: 'tijuana', personId, withdrawnAt: at('2026-11-20T12:00:00Z'), erased: false });
      await facts.recordWithdrawal('tijuana', personId, at('2026-11-10T12:00:00Z'));
      expect((await facts.personOf('tijuana', personId))?.withdrawnAt).toEqual(at('2026-11-20T12:00:00Z'));
      expect(await facts.personOf('tapachula', personId)).toBeNull();
      // Erased: the record says only that the id was erased, not when they withdrew, and no other id.
      const erased = { tenant: 'tijuana', personId, withdrawnAt: null, erased: true };
      expect(await facts.recordErasure('tijuana', personId)).toEqual(erased);
      expect(await facts.personOf('tijuana', personId)).toEqual(erased);
      // A redelivered erasure changes nothing; a withdrawal after the erasure neither.
      expect(await facts.recordErasure('tijuana', personId)).toEqual(erased);
      expect(await facts.recordWithdrawal('tijuana', personId, at('2026-11-25T12:00:00Z'))).toEqual(erased);
      const other = uuid('11111111');
      expect(await facts.recordErasure('tijuana', other)).toEqual({ tenant: 'tijuana', personId: other, withdrawnAt: null, erased: true });
      expect(await facts.personOf('tapachula', other)).toBeNull();
    });

    it("answers a person's recorded cases, at their centre only, and none once they are kept out", async () => {
      const first = aCase();
      const second = aCase({ personId: first.personId, openedAt: at('2026-11-20T12:00:00Z') });
      const elsewhere = aCase({ personId: first.personId, tenant: 'tapachula' });
      for (const kase of [first, second, elsewhere, aCase()]) await aCaseWithEverything(facts, kase);
      const byOpening = (cases: Array<{ caseId: string; openedAt: Date }>) => [...cases].sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
      expect(byOpening(await facts.casesOf('tijuana', first.personId))).toEqual([
        { caseId: first.caseId, openedAt: first.openedAt },
        { caseId: second.caseId, openedAt: second.openedAt },
      ]);
      for (const kase of await facts.casesOf('tijuana', first.personId)) await facts.keepOut('tijuana', kase.caseId);
      expect(await facts.casesOf('tijuana', first.personId)).toEqual([]);
      // Nothing of theirs is left to read: only the other person's case and its facts.
      expect(await sizes(facts)).toEqual({ cases: 1, attachments: 1, services: 1, firstServices: 1, claims: 1, claimsAtStart: 0, riskFlags: 1, referrals: 1 });
      expect((await facts.factsOf('tijuana', november)).cases.map((c) => c.personId)).not.toContain(first.personId);
      expect(await facts.casesOf('tapachula', first.personId)).toEqual([{ caseId: elsewhere.caseId, openedAt: elsewhere.openedAt }]);
    });

    it('answers nothing for a centre with no facts', async () => {
      expect(await facts.factsOf('tijuana', november)).toEqual({ cases: [], attachments: [], services: [], firstServices: [], claims: [], claimsAtStart: [], riskFlags: [], referrals: [] });
      expect(await facts.isReachable()).toBe(true);
    });
  });
}
