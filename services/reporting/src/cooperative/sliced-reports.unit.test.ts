import type { EventEnvelope } from '@corredor/contracts';
import { buildServiceApp } from '@corredor/service-kit';
import { consumingTestApp, tokenFor } from '@corredor/service-kit/testing';
import express from 'express';
import request from 'supertest';
import { indicatorReport, indicatorReportSteps } from '../indicator-report/indicator-report.domain';
import { INDICATOR_IDS } from '../indicators/indicator-catalog';
import { factWindow, periodFigures } from '../indicators/period-figures.domain';
import { createReportingProjection, type ReportingProjection } from '../projection/reporting-projection';
import { defineReportingService } from '../service';
import { aBusyYear } from '../test-events';
import { inSlices } from './time-slices';

const TZ = 'America/Tijuana';
const PERIODS = [
  { kind: 'day', label: '2026-06-15', from: '2026-06-15', to: '2026-06-15' },
  { kind: 'month', label: '2026-06', from: '2026-06-01', to: '2026-06-30' },
  { kind: 'year', label: '2026', from: '2026-01-01', to: '2026-12-31' },
] as const;
/** The projection fed the events; `sliceMs` 0 lets the event loop turn at every checkpoint, Infinity never. */
async function projectionOf(events: readonly EventEnvelope[], sliceMs: number): Promise<ReportingProjection> {
  const projection = createReportingProjection({ mongo: null, generation: 'test', slices: { sliceMs } });
  for (const event of events) await projection.apply(event);
  return projection;
}

describe('reports computed in slices of the event loop', () => {
  const events = aBusyYear(600);

  it('gives the same figures and the same report as computed in one go, for a day, a month and a year', async () => {
    const [sliced, inOneGo] = [await projectionOf(events, 0), await projectionOf(events, Number.POSITIVE_INFINITY)];
    for (const period of PERIODS) {
      const window = factWindow(period, TZ);
      const figures = await sliced.figures('tijuana', period, TZ);
      expect(figures).toEqual(await inOneGo.figures('tijuana', period, TZ));
      expect(figures).toEqual(periodFigures(await inOneGo.facts.factsOf('tijuana', window), window, TZ));
      const input = { centre: 'tijuana', period: { ...period, timeZone: TZ }, generatedAt: new Date(), figures, partnerNames: await sliced.partnerNames('tijuana'), indicators: INDICATOR_IDS };
      expect(await inSlices(indicatorReportSteps(input), { sliceMs: 0 })).toEqual(indicatorReport(input));
    }
    // Figures worth comparing: every indicator counts something over the year.
    const year = await sliced.figures('tijuana', PERIODS[2], TZ);
    expect(year.units['people-served']).toHaveLength(600);
    for (const id of INDICATOR_IDS) expect(year.units[id].length).toBeGreaterThan(0);
    expect(year.measures.daysToFirstService.cases).toBeGreaterThan(0);
  });

  it('lets other work run while a long report is computed, where one computed in one go holds it up until done', async () => {
    const order = async (projection: ReportingProjection) => {
      const done: string[] = [];
      const report = projection.figures('tijuana', PERIODS[2], TZ).then(() => done.push('report'));
      setImmediate(() => done.push('other work'));
      await report;
      await new Promise((resolve) => setImmediate(resolve));
      return done;
    };
    expect(await order(await projectionOf(events, 0))).toEqual(['other work', 'report']);
    expect(await order(await projectionOf(events, Number.POSITIVE_INFINITY))).toEqual(['report', 'other work']);
  });

  it('answers another request sent while a report is computed before the report', async () => {
    const { app, deliver, deps } = await consumingTestApp((appDeps) => buildServiceApp(defineReportingService({ slices: { sliceMs: 0 } }), appDeps));
    await deliver(...events);
    const coordinator = `Bearer ${await tokenFor('tijuana', ['coordinator'], 'rosa@tijuana')}`;
    // Which response the service finished first, as the service sees it.
    const finished: string[] = [];
    const watched = express();
    watched.use((req, res, next) => {
      const path = req.path;
      res.on('finish', () => finished.push(path));
      next();
    });
    watched.use(app);
    const server = watched.listen(0);
    try {
      // The report route looks up the centre's time zone before it computes: that is when the other request is sent.
      let other: Promise<unknown> | null = null;
      const timeZoneOf = deps.centres.timeZoneOf.bind(deps.centres);
      jest.spyOn(deps.centres, 'timeZoneOf').mockImplementation((centre) => {
        other ??= request(server).get('/healthz').then((res) => expect(res.status).toBe(200));
        return timeZoneOf(centre);
      });
      const report = await request(server).get('/v1/reports/indicators?period=2026').set('Authorization', coordinator);
      expect(report.status).toBe(200);
      expect(report.body.indicators['people-served'].total).toBe(600);
      await other;
      expect(finished).toEqual(['/healthz', '/v1/reports/indicators']);
    } finally {
      server.close();
    }
  });
});
