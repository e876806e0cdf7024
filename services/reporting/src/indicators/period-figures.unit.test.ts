import { randomUUID } from 'node:crypto';
import type { CentreFacts, FactKind } from '../projection/reporting-facts';
import { createReportingProjection } from '../projection/reporting-projection';
import { aBusyYear, TestCase } from '../test-events';
import { INDICATOR_IDS, MEASURE_IDS, type FiguresWanted } from './indicator-catalog';
import { factsRead, factWindow, periodFigures } from './period-figures.domain';

const TZ = 'America/Tijuana';
const SEPTEMBER = { from: '2026-09-01', to: '2026-09-30' };
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };

/** A centre's claims through September and October, as the case service announces them. */
async function twoMonths() {
  const projection = createReportingProjection({ mongo: null, generation: 'g1' });
  const kase = new TestCase({ openedAt: '2026-09-02T18:00:00.000Z' });
  await projection.apply(kase.opened());
  const [settled, second, third] = [randomUUID(), randomUUID(), randomUUID()];
  // Three claims recorded in September, each changing again in October.
  for (const [claimId, claimed] of [
    [settled, '10000'],
    [second, '8000'],
    [third, '12000'],
  ] as const) {
    await projection.apply(kase.claimChanged(claimId, '2026-09-10T18:00:00.000Z', { amountClaimed: claimed }));
    await projection.apply(kase.claimChanged(claimId, '2026-10-12T18:00:00.000Z', { amountClaimed: claimed, status: 'conciliation-filed' }));
  }
  // The first one settled in September and paid in two parts, one each month.
  await projection.apply(kase.claimChanged(settled, '2026-09-20T18:00:00.000Z', { amountClaimed: '10000', status: 'agreement', amountAgreed: '9000', amountReceived: '4000' }));
  await projection.apply(kase.claimChanged(settled, '2026-10-20T18:00:00.000Z', { amountClaimed: '10000', status: 'paid', amountAgreed: '9000', amountReceived: '9000' }));
  // A new claim in October.
  await projection.apply(kase.claimChanged(randomUUID(), '2026-10-15T18:00:00.000Z', { amountClaimed: '48500' }));
  return projection;
}

describe("a period's labour-claim amounts, from the projection's facts", () => {
  it('counts a claim active in two consecutive months in one of them only: what each month added, so October less September is no one claim', async () => {
    const projection = await twoMonths();
    const september = (await projection.figures('tijuana', SEPTEMBER, TZ)).measures;
    const october = (await projection.figures('tijuana', OCTOBER, TZ)).measures;
    expect(september.labourClaimFlows['MXN']).toEqual({
      claimed: { sum: '30000.00', claims: 3, largest: '12000.00' },
      agreed: { sum: '9000.00', claims: 1, largest: '9000.00' },
      awarded: { sum: '0.00', claims: 0, largest: '0.00' },
      received: { sum: '4000.00', claims: 1, largest: '4000.00' },
    });
    expect(october.labourClaimFlows['MXN']).toEqual({
      claimed: { sum: '48500.00', claims: 1, largest: '48500.00' },
      agreed: { sum: '0.00', claims: 0, largest: '0.00' },
      awarded: { sum: '0.00', claims: 0, largest: '0.00' },
      received: { sum: '5000.00', claims: 1, largest: '5000.00' },
    });
    // The in-centre report keeps its stock: every claim with a step in the month, as it stood at the month's end.
    expect(september.labourClaimAmounts['MXN']).toMatchObject({ claims: 3, claimed: '30000.00' });
    expect(october.labourClaimAmounts['MXN']).toMatchObject({ claims: 4, claimed: '78500.00', received: '9000.00' });
  });

  it('adds up over two months to what each of them added, when nothing was corrected', async () => {
    const projection = await twoMonths();
    const both = (await projection.figures('tijuana', { from: '2026-09-01', to: '2026-10-31' }, TZ)).measures;
    expect(both.labourClaimFlows['MXN']).toMatchObject({ claimed: { sum: '78500.00', claims: 4 }, agreed: { sum: '9000.00' }, received: { sum: '9000.00', claims: 1 } });
  });
});

describe('the facts a report reads', () => {
  it('are enough for each figure: computed from those alone, every indicator and measure is what it is from all the facts', async () => {
    const projection = createReportingProjection({ mongo: null, generation: 'g1' });
    for (const event of aBusyYear(300)) await projection.apply(event);
    for (const period of [{ from: '2026-06-01', to: '2026-06-30' }, { from: '2026-01-01', to: '2026-12-31' }]) {
      const window = factWindow(period, TZ);
      const all = await projection.facts.factsOf('tijuana', window);
      const only = (wanted: FiguresWanted): CentreFacts => {
        const read = new Set(factsRead(wanted));
        const kind = <K extends FactKind>(name: K): CentreFacts[K] | [] => (read.has(name) ? all[name] : []);
        return {
          cases: kind('cases'),
          attachments: kind('attachments'),
          services: kind('services'),
          firstServices: kind('firstServices'),
          claims: kind('claims'),
          claimsAtStart: kind('claimsAtStart'),
          riskFlags: kind('riskFlags'),
          referrals: kind('referrals'),
        };
      };
      for (const indicator of INDICATOR_IDS) {
        const wanted = { indicators: [indicator], measures: [] };
        expect(periodFigures(only(wanted), window, TZ, wanted)).toEqual(periodFigures(all, window, TZ, wanted));
      }
      for (const measure of MEASURE_IDS) {
        const wanted = { indicators: [], measures: [measure] };
        expect(periodFigures(only(wanted), window, TZ, wanted)).toEqual(periodFigures(all, window, TZ, wanted));
      }
      // And the store answers those kinds alone as it answers them among all.
      expect(await projection.facts.factsOf('tijuana', window, factsRead({ indicators: ['people-served'], measures: ['daysToFirstService'] }))).toEqual(
        only({ indicators: ['people-served'], measures: ['daysToFirstService'] }),
      );
    }
  });
});
