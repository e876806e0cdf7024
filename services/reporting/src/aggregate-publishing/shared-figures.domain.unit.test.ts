import type { AmountFlow, PeriodMeasures } from '../indicators/indicator-catalog';
import { factWindow, periodFigures } from '../indicators/period-figures.domain';
import type { CaseFact, ClaimStepFact } from '../projection/reporting-facts';
import { releasedClaimAmounts, releasedSum, sharedMeasures } from './shared-figures.domain';

const TZ = 'America/Tijuana';
const october = factWindow({ from: '2026-10-01', to: '2026-10-31' }, TZ);

let n = 0;
const id = () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;

const kase: CaseFact = {
  tenant: 'tijuana',
  caseId: id(),
  personId: id(),
  openedAt: new Date('2026-09-10T18:00:00Z'),
  returning: false,
  priority: 'normal',
  sex: 'female',
  ageBand: '30-44',
  nationality: 'MX',
  languages: ['es'],
  migratoryStatus: null,
  statusChanges: [],
  closures: [],
};

const claim = (claimed: string, change: Partial<ClaimStepFact> = {}): ClaimStepFact => ({
  tenant: 'tijuana',
  claimId: id(),
  caseId: kase.caseId,
  at: new Date('2026-10-14T18:00:00Z'),
  claimType: 'unpaid-wages',
  authority: 'conciliation-centre',
  status: 'conciliation-filed',
  currency: 'MXN',
  claimed,
  agreed: null,
  awarded: null,
  received: null,
  ...change,
});

/** The period's measures as the projection's facts give them: claims recorded in October, none before. */
const measuresOf = (claims: ClaimStepFact[]): PeriodMeasures =>
  periodFigures({ cases: [kase], attachments: [], services: [], firstServices: [], claims, claimsAtStart: [], riskFlags: [], referrals: [] }, october, TZ).measures;

const flow = (claims: number, sum: string, largest: string): AmountFlow => ({ claims, sum, largest });
const none = flow(0, '0.00', '0.00');
const days = (cases: number, median: number | null): PeriodMeasures => ({ labourClaimAmounts: {}, labourClaimFlows: {}, daysToFirstService: { cases, median } });

describe('labour-claim amounts shared with a network', () => {
  it("never gives one person's settlement: five claims, one settled, publish no amount agreed or received", () => {
    const measures = measuresOf([
      claim('40000.00'),
      claim('35000.00'),
      claim('30000.00'),
      claim('45000.00'),
      claim('50000.00', { status: 'paid', agreed: '38250.00', received: '38250.00' }),
    ]);
    expect(releasedClaimAmounts(measures.labourClaimFlows, 5)).toEqual([{ currency: 'MXN', claimed: '200000.00', agreed: null, awarded: null, received: null }]);
    const shared = sharedMeasures({ measures: ['labour-claim-amounts'], k: 5 }, measures);
    expect(shared.labourClaimAmounts).toEqual([]);
    expect(JSON.stringify(shared)).not.toContain('38250');
  });

  it('withholds a sum one claim dominates, however many claims are in it: more than 60% of it', () => {
    expect(releasedSum(flow(5, '100000.00', '60000.01'), 5)).toBeNull();
    expect(releasedSum(flow(5, '100000.00', '60000.00'), 5)).toBe('100000.00');
    expect(releasedSum(flow(4, '100000.00', '25000.00'), 5)).toBeNull();
    // Five claims, one of 90000 among four of 2500: enough claims, but the sum says what that one got.
    const measures = measuresOf([claim('90000.00'), claim('2500.00'), claim('2500.00'), claim('2500.00'), claim('2500.00')]);
    expect(releasedClaimAmounts(measures.labourClaimFlows, 5)).toEqual([]);
  });

  it('lists a currency only with all four sums, in code order, and leaves out one with any withheld', () => {
    const four = (claims: number) => ({ claimed: flow(claims, '5000.00', '1000.00'), agreed: flow(claims, '5000.00', '1000.00'), awarded: flow(claims, '5000.00', '1000.00'), received: flow(claims, '5000.00', '1000.00') });
    const measures: PeriodMeasures = {
      labourClaimAmounts: {},
      labourClaimFlows: { USD: four(5), GTQ: { ...four(5), awarded: none }, MXN: four(6), EUR: four(1) },
      daysToFirstService: { cases: 0, median: null },
    };
    expect(releasedClaimAmounts(measures.labourClaimFlows, 5).map((released) => released.currency)).toEqual(['GTQ', 'MXN', 'USD']);
    expect(sharedMeasures({ measures: ['labour-claim-amounts'], k: 5 }, measures).labourClaimAmounts).toEqual([
      { currency: 'MXN', amounts: { claimed: '5000.00', agreed: '5000.00', awarded: '5000.00', received: '5000.00' } },
      { currency: 'USD', amounts: { claimed: '5000.00', agreed: '5000.00', awarded: '5000.00', received: '5000.00' } },
    ]);
    expect(sharedMeasures({ measures: [], k: 5 }, measures)).toEqual({ labourClaimAmounts: null, daysToFirstService: null });
  });
});

describe('the median days to a first service shared with a network', () => {
  it('looks the same over no case as over a few: withheld and suppressed either way', () => {
    const terms = { measures: ['days-to-first-service' as const], k: 3 };
    const noCase = sharedMeasures(terms, days(0, null));
    expect(noCase.daysToFirstService).toEqual({ median: null, suppressed: true });
    expect(sharedMeasures(terms, days(2, 4))).toEqual(noCase);
    expect(sharedMeasures(terms, days(3, 4)).daysToFirstService).toEqual({ median: 4, suppressed: false });
  });
});
