import { consumingTestApp, tokenFor } from '@corredor/service-kit/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { buildApp } from '../service';
import { TestCase } from '../test-events';

type Report = { indicators: Record<string, { total: number; breakdowns: Record<string, Record<string, number>> }> };

async function dayReport(app: Parameters<typeof request>[0], period: string): Promise<Report> {
  const res = await request(app).get(`/v1/reports/indicators?period=${period}`).set('Authorization', `Bearer ${await tokenFor('tijuana', ['coordinator'])}`);
  expect(res.status).toBe(200);
  return res.body as Report;
}

describe('a person erased at their centre, in its reports', () => {
  it("an erased person's profile is not readable from the day's report", async () => {
    const built = await consumingTestApp(buildApp);
    const kase = new TestCase({ openedAt: '2026-10-07T18:00:00.000Z', sex: 'female', nationality: 'HT', languages: ['ht'] });
    const claimId = randomUUID();
    const referralId = randomUUID();
    await built.deliver(
      kase.opened(),
      kase.riskFlagged('2026-10-07T18:00:00.000Z'),
      kase.serviceRecorded('interpretation', '2026-10-07', { language: 'ht' }),
      kase.claimChanged(claimId, '2026-10-07T19:00:00.000Z'),
      kase.referralMade(referralId, { id: randomUUID(), name: 'Casa del Migrante' }, '2026-10-07T20:00:00.000Z'),
      kase.statusChanged('open', 'closed', '2026-10-07T21:00:00.000Z'),
      kase.closed('resolved', '2026-10-07T21:00:00.000Z'),
    );
    const before = await dayReport(built.app, '2026-10-07');
    // The day's report shows the person in every indicator: what the erasure must take away.
    expect(Object.entries(before.indicators).filter(([, entry]) => entry.total === 0)).toEqual([]);
    expect(before.indicators['people-served']?.breakdowns['nationality']).toEqual({ HT: 1 });

    await built.deliver(kase.erased('2026-10-20T18:00:00.000Z'));
    const after = await dayReport(built.app, '2026-10-07');
    expect(Object.keys(after.indicators)).toEqual(Object.keys(before.indicators));
    for (const [id, entry] of Object.entries(after.indicators)) {
      expect([id, entry.total, Object.values(entry.breakdowns).filter((cells) => Object.keys(cells).length > 0)]).toEqual([id, 0, []]);
    }
    // Later facts of the erased person's case are refused.
    await built.deliver(kase.serviceRecorded('accompaniment', '2026-10-21'), kase.referralChanged(referralId, 'made', 'completed', '2026-10-21T18:00:00.000Z'));
    for (const period of ['2026-10', '2026']) {
      const report = await dayReport(built.app, period);
      expect(Object.values(report.indicators).map((entry) => entry.total)).toEqual(Object.values(report.indicators).map(() => 0));
    }
  });
});
