import { tabulate } from './tabulate.domain';
import { median } from './median.domain';
import { factWindow, periodFigures, type PeriodFacts } from './period-figures.domain';
import type { CaseFact, ClaimStepFact, ServiceFact } from '../projection/reporting-facts';
import type { Unit } from './indicator-catalog';

const TZ = 'America/Tijuana';
const november = factWindow({ from: '2026-11-01', to: '2026-11-30' }, TZ);
const at = (iso: string) => new Date(iso);

let n = 0;
const id = () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;

function aCase(overrides: Partial<CaseFact> = {}): CaseFact {
  return {
    tenant: 'tijuana',
    caseId: id(),
    personId: id(),
    openedAt: at('2026-11-10T18:00:00Z'),
    returning: false,
    priority: 'normal',
    sex: 'female',
    ageBand: '18-29',
    nationality: 'HT',
    languages: ['ht'],
    migratoryStatus: 'tvrh',
    statusChanges: [],
    closures: [],
    ...overrides,
  };
}

const aService = (kase: CaseFact, deliveredOn: string, overrides: Partial<ServiceFact> = {}): ServiceFact => ({
  tenant: 'tijuana',
  serviceId: id(),
  caseId: kase.caseId,
  type: 'labour-rights-guidance',
  deliveredOn,
  language: null,
  voided: false,
  ...overrides,
});

const facts = (overrides: Partial<PeriodFacts>): PeriodFacts => ({ cases: [], attachments: [], services: [], firstServices: [], claims: [], claimsAtStart: [], riskFlags: [], referrals: [], ...overrides });
const counts = (units: readonly Unit[], dimension: string) => Object.fromEntries(tabulate(units, [dimension]).cells.map((cell) => [cell.key[0], cell.count]));

describe('people served in a period', () => {
  it('counts each person once, whether their case opened, a returning intake joined it or a service was delivered in the period', () => {
    const marie = aCase();
    const jean = aCase({ openedAt: at('2026-10-05T18:00:00Z'), sex: 'male' });
    const rose = aCase({ openedAt: at('2026-09-05T18:00:00Z') });
    const ana = aCase({ openedAt: at('2026-10-05T18:00:00Z'), sex: 'male', nationality: 'HN' });
    const figures = periodFigures(
      facts({
        cases: [marie, jean, rose, ana],
        services: [aService(marie, '2026-11-12'), aService(jean, '2026-11-02'), aService(jean, '2026-11-03')],
        attachments: [
          { tenant: 'tijuana', caseId: rose.caseId, intakeId: id(), attachedAt: at('2026-11-20T18:00:00Z'), migratoryStatus: 'irregular' },
          { tenant: 'tijuana', caseId: ana.caseId, intakeId: id(), attachedAt: at('2026-10-20T18:00:00Z'), migratoryStatus: null },
        ],
      }),
      november,
      TZ,
    );
    const people = figures.units['people-served'];
    // Ana's case opened and her intake joined before November, and no service in it: not served this month.
    expect(people).toHaveLength(3);
    expect(counts(people, 'contact')).toEqual({ new: 1, returning: 2 });
    expect(counts(people, 'sex')).toEqual({ female: 2, male: 1 });
    // Rose's latest intake (a returning one) recorded her situation anew.
    expect(counts(people, 'migratoryStatus')).toEqual({ irregular: 1, tvrh: 2 });
  });

  it("says 'new' only of a person whose first case at the centre opened in the period, and not as a returning person", () => {
    const first = aCase();
    const returningIntake = aCase({ returning: true });
    const earlier = aCase({ openedAt: at('2025-03-01T18:00:00Z') });
    const again = aCase({ personId: earlier.personId, ageBand: '30-44', nationality: 'HN', languages: ['es'], migratoryStatus: null });
    const later = aCase({ personId: first.personId, openedAt: at('2026-12-02T18:00:00Z'), ageBand: '45-59' });
    const people = periodFigures(facts({ cases: [first, returningIntake, earlier, again, later] }), november, TZ).units['people-served'];
    expect(people).toHaveLength(3);
    expect(counts(people, 'contact')).toEqual({ new: 1, returning: 2 });
    // The person served before is counted with their latest case opened by the end of the period; December's does not count yet.
    expect(counts(people, 'ageBand')).toEqual({ '18-29': 2, '30-44': 1 });
    expect(counts(people, 'nationality')).toEqual({ HN: 1, HT: 2 });
    expect(counts(people, 'migratoryStatus')).toEqual({ 'not-recorded': 1, tvrh: 2 });
    expect(counts(people, 'language')).toEqual({ es: 1, ht: 2 });
  });

  it("takes the period's limits from the centre's calendar", () => {
    // 31 Oct 23:59:59 and 1 Nov 00:00 in Tijuana; 30 Nov 23:30 (already 1 Dec in UTC) and 1 Dec 00:00.
    const cases = ['2026-11-01T06:59:59Z', '2026-11-01T07:00:00Z', '2026-12-01T07:30:00Z', '2026-12-01T08:00:00Z'].map((openedAt) => aCase({ openedAt: at(openedAt) }));
    expect(periodFigures(facts({ cases }), november, TZ).units['people-served']).toHaveLength(2);
  });
});

describe('cases in a period', () => {
  it('counts cases opened by priority, and closures by outcome (each closure)', () => {
    const reclosed = aCase({
      priority: 'high',
      closures: [
        { at: at('2026-11-12T18:00:00Z'), outcome: 'lost-contact' },
        { at: at('2026-11-25T18:00:00Z'), outcome: 'resolved' },
      ],
    });
    const closedBefore = aCase({ openedAt: at('2026-10-01T18:00:00Z'), closures: [{ at: at('2026-10-30T18:00:00Z'), outcome: 'resolved' }] });
    const { units } = periodFigures(facts({ cases: [reclosed, closedBefore, aCase()] }), november, TZ);
    expect(counts(units['cases-opened'], 'priority')).toEqual({ high: 1, normal: 1 });
    expect(counts(units['cases-closed'], 'outcome')).toEqual({ 'lost-contact': 1, resolved: 1 });
  });

  it('counts as active every case not closed at some time in the period, by its status at the end', () => {
    const change = (iso: string, to: 'open' | 'active' | 'closed') => ({ at: at(iso), to });
    const october = at('2026-10-01T18:00:00Z');
    const cases = [
      // Still open.
      aCase(),
      // Worked on, then closed in the period: active for part of it.
      aCase({ openedAt: october, statusChanges: [change('2026-10-02T18:00:00Z', 'active'), change('2026-11-20T18:00:00Z', 'closed')] }),
      // Closed before, reopened in the period.
      aCase({ openedAt: october, statusChanges: [change('2026-10-20T18:00:00Z', 'closed'), change('2026-11-15T18:00:00Z', 'active')] }),
      // Closed before, reopened after: not active in the period.
      aCase({ openedAt: october, statusChanges: [change('2026-10-20T18:00:00Z', 'closed'), change('2026-12-15T18:00:00Z', 'active')] }),
      // Opened after the period.
      aCase({ openedAt: at('2026-12-05T18:00:00Z') }),
      // Active all along, closed after the period: active at its end.
      aCase({ openedAt: october, statusChanges: [change('2026-10-02T18:00:00Z', 'active'), change('2026-12-02T18:00:00Z', 'closed')] }),
    ];
    const active = periodFigures(facts({ cases }), november, TZ).units['cases-active'];
    expect(counts(active, 'status')).toEqual({ active: 2, closed: 1, open: 1 });
  });
});

describe('services, interpretation and referrals in a period', () => {
  it('counts services by type, to how many people, and interpretation by language; voided entries and uncounted cases nowhere', () => {
    const marie = aCase();
    const again = aCase({ personId: marie.personId });
    const jean = aCase();
    const services = [
      aService(marie, '2026-11-11', { type: 'accompaniment' }),
      aService(again, '2026-11-12', { type: 'accompaniment' }),
      aService(marie, '2026-11-13', { type: 'interpretation', language: 'ht' }),
      aService(jean, '2026-11-13', { type: 'interpretation', language: null }),
      aService(jean, '2026-11-14', { type: 'accompaniment', voided: true }),
      // A case that is not counted (its person withdrew the statistics consent) has left no case behind.
      { ...aService(jean, '2026-11-14', { type: 'accompaniment' }), caseId: id() },
    ];
    const { units } = periodFigures(facts({ cases: [marie, again, jean], services }), november, TZ);
    expect(counts(units['services-delivered'], 'serviceType')).toEqual({ accompaniment: 2, interpretation: 2 });
    expect(counts(units['people-receiving-services'], 'serviceType')).toEqual({ accompaniment: 1, interpretation: 2 });
    expect(units['people-receiving-services']).toHaveLength(2);
    expect(counts(units.interpretation, 'language')).toEqual({ ht: 1, 'not-recorded': 1 });
  });

  it('counts referrals made in the period by need, partner and their status now', () => {
    const kase = aCase();
    const partner = id();
    const referral = (madeAt: string | null, status: 'made' | 'completed', caseId = kase.caseId) => ({
      tenant: 'tijuana',
      referralId: id(),
      caseId,
      partnerId: partner,
      partnerName: 'Casa del Migrante',
      need: 'shelter' as const,
      madeAt: madeAt === null ? null : at(madeAt),
      status,
      statusChangedAt: null,
    });
    const referrals = [referral('2026-11-12T18:00:00Z', 'completed'), referral('2026-11-13T18:00:00Z', 'made'), referral(null, 'completed'), referral('2026-11-13T18:00:00Z', 'made', id())];
    const units = periodFigures(facts({ cases: [kase], referrals }), november, TZ).units.referrals;
    expect(tabulate(units, ['need', 'referralStatus']).cells).toEqual([
      { key: ['shelter', 'completed'], count: 1 },
      { key: ['shelter', 'made'], count: 1 },
    ]);
    expect(counts(units, 'partner')).toEqual({ [partner]: 2 });
  });
});

describe('labour claims, risk flags and time to first service', () => {
  const step = (caseId: string, overrides: Partial<ClaimStepFact>): ClaimStepFact => ({
    tenant: 'tijuana',
    claimId: id(),
    caseId,
    at: at('2026-11-20T18:00:00Z'),
    claimType: 'unpaid-wages',
    authority: 'conciliation-centre',
    status: 'agreement',
    currency: 'MXN',
    claimed: '15500.50',
    agreed: '9000',
    awarded: null,
    received: null,
    ...overrides,
  });

  it('counts claims by type, authority and status, and sums their amounts per currency', () => {
    const kase = aCase();
    const claims = [step(kase.caseId, {}), step(kase.caseId, { status: 'paid', received: '1000.25', claimType: 'wage-theft' }), step(kase.caseId, { currency: 'USD', claimed: '300', agreed: null, status: 'preparing' })];
    const { units, measures } = periodFigures(facts({ cases: [kase], claims }), november, TZ);
    expect(counts(units['labour-claims'], 'claimStatus')).toEqual({ agreement: 1, paid: 1, preparing: 1 });
    expect(counts(units['labour-claims'], 'claimType')).toEqual({ 'unpaid-wages': 2, 'wage-theft': 1 });
    expect(measures.labourClaimAmounts).toEqual({
      MXN: { claims: 2, claimed: '31001.00', agreed: '18000.00', awarded: '0.00', received: '1000.25' },
      USD: { claims: 1, claimed: '300.00', agreed: '0.00', awarded: '0.00', received: '0.00' },
    });
  });

  it('tells what each claim added in the period from what it stood at when the period began', () => {
    const kase = aCase();
    const claim = (overrides: Partial<ClaimStepFact>) => {
      const atEnd = step(kase.caseId, overrides);
      return { atEnd, before: (change: Partial<ClaimStepFact>) => ({ ...atEnd, at: at('2026-10-20T18:00:00Z'), ...change }) };
    };
    // Recorded in November, claimed and settled at once.
    const fresh = claim({ claimed: '1000', agreed: '800', status: 'agreement' });
    // Claimed in October, settled and partly paid in November: its claim counted in October already.
    const settled = claim({ claimed: '5000', agreed: '4000', received: '1500', status: 'agreement' });
    // Paid 2000 more in November (3000 by October); its settlement recorded in October.
    const paying = claim({ claimed: '9000', agreed: '6000', received: '5000', status: 'agreement' });
    // A correction of its amount claimed in November, and of what was received downwards: neither counts.
    const corrected = claim({ claimed: '7000', agreed: null, received: '100', status: 'preparing' });
    const claimsAtStart = [
      settled.before({ agreed: null, received: null, status: 'in-conciliation' }),
      paying.before({ received: '3000' }),
      corrected.before({ claimed: '6000', received: '400' }),
    ];
    const { measures } = periodFigures(facts({ cases: [kase], claims: [fresh, settled, paying, corrected].map((c) => c.atEnd), claimsAtStart }), november, TZ);
    expect(measures.labourClaimFlows).toEqual({
      MXN: {
        claimed: { sum: '1000.00', claims: 1, largest: '1000.00' },
        agreed: { sum: '4800.00', claims: 2, largest: '4000.00' },
        awarded: { sum: '0.00', claims: 0, largest: '0.00' },
        received: { sum: '3500.00', claims: 2, largest: '2000.00' },
      },
    });
    // The in-centre report keeps the amounts as they stood at the period's end.
    expect(measures.labourClaimAmounts['MXN']).toEqual({ claims: 4, claimed: '22000.00', agreed: '10800.00', awarded: '0.00', received: '6600.00' });
  });

  it('counts flags raised in the period by screen, level and flag', () => {
    const kase = aCase();
    const flag = (raisedAt: string, level: 'low' | 'high') => ({ tenant: 'tijuana', caseId: kase.caseId, screen: 'trafficking-forced-labour' as const, flag: 'trafficking.documents-withheld', level, raisedAt: at(raisedAt) });
    const units = periodFigures(facts({ cases: [kase], riskFlags: [flag('2026-11-12T18:00:00Z', 'low'), flag('2026-11-20T18:00:00Z', 'high')] }), november, TZ).units['risk-flags'];
    expect(tabulate(units, ['screen', 'level']).cells).toEqual([
      { key: ['trafficking-forced-labour', 'high'], count: 1 },
      { key: ['trafficking-forced-labour', 'low'], count: 1 },
    ]);
  });

  it("takes the median days from a case's opening (in the centre's calendar) to its first service in the period", () => {
    // 1 Nov 06:00 UTC is still 31 Oct in Tijuana: two days to 2 Nov.
    const lateNight = aCase({ openedAt: at('2026-11-01T06:00:00Z') });
    const sameDay = aCase({ openedAt: at('2026-11-03T18:00:00Z') });
    const slow = aCase({ openedAt: at('2026-11-05T18:00:00Z') });
    const firstServices = [
      { caseId: lateNight.caseId, deliveredOn: '2026-11-02' },
      { caseId: sameDay.caseId, deliveredOn: '2026-11-03' },
      { caseId: slow.caseId, deliveredOn: '2026-11-09' },
      { caseId: id(), deliveredOn: '2026-11-09' },
    ];
    expect(periodFigures(facts({ cases: [lateNight, sameDay, slow], firstServices }), november, TZ).measures.daysToFirstService).toEqual({ cases: 3, median: 2 });
    expect(periodFigures(facts({ cases: [lateNight, sameDay, slow] }), november, TZ).measures.daysToFirstService).toEqual({ cases: 0, median: null });
  });

  it('takes the middle of an even count as the mean of the two middle values', () => {
    expect(median([4, 1, 3, 0])).toBe(2);
    expect(median([1, 2])).toBe(1.5);
    expect(median([3, 1, 3, 2, 9])).toBe(3);
    expect(median([7, 7, 1, 1])).toBe(4);
    expect(median([])).toBeNull();
  });
});

describe('figures computed as asked for', () => {
  it('computes only the indicators and measures a report reads, and every one when not told which', () => {
    let flagReads = 0;
    const counted = facts({});
    const watched: PeriodFacts = {
      ...counted,
      get riskFlags() {
        flagReads += 1;
        return counted.riskFlags;
      },
    };
    const figures = periodFigures(watched, november, TZ, { indicators: ['people-served'], measures: ['daysToFirstService'] });
    expect(figures).toEqual({ units: { 'people-served': [] }, measures: { daysToFirstService: { cases: 0, median: null } } });
    expect(flagReads).toBe(0);
    const all = periodFigures(watched, november, TZ);
    expect(flagReads).toBe(1);
    expect(Object.keys(all.units)).toHaveLength(10);
    expect(Object.keys(all.measures)).toHaveLength(3);
  });
});
