import { TOPICS, type EventEnvelope } from '@corredor/contracts';
import { consumingTestApp, networkTokenFor, TEST_NETWORK, tokenFor } from '@corredor/service-kit/testing';
import request from 'supertest';
import { buildApp } from '../service';
import { TestCase } from '../test-events';

/**
 * The reporting service as composed in service.ts: cases reach its projection from the case topic,
 * a coordinator records an agreement, the background scan publishes October on the network topic,
 * and the network view (fed by that topic) answers an analyst.
 */
describe('network sharing in the reporting service', () => {
  it("publishes a closed month of the centre's own figures, suppressed, and the view shows them to the network's analysts", async () => {
    const built = await consumingTestApp(buildApp);
    const haitianWoman = new TestCase({ openedAt: '2026-10-07T18:00:00.000Z', sex: 'female', nationality: 'HT', languages: ['ht'] });
    const others = Array.from({ length: 8 }, (_, i) => new TestCase({ openedAt: `2026-10-1${i}T18:00:00.000Z`, sex: 'male', nationality: 'MX', languages: ['es'] }));
    await built.deliver(haitianWoman.opened(), ...others.map((kase) => kase.opened()));
    const coordinator = `Bearer ${await tokenFor('tijuana', ['coordinator'])}`;
    const recorded = await request(built.app)
      .post('/v1/sharing-agreements')
      .set('Authorization', coordinator)
      .send({ network: TEST_NETWORK, indicators: [{ indicator: 'people-served', breakdowns: [['sex'], ['nationality']] }], from: '2026-10-01', periodKind: 'month' });
    expect(recorded.status).toBe(201);

    built.module.start?.();
    const published = async () => {
      await built.relay?.publishBatch();
      await built.deps.bus.drain();
      return built.deps.bus.messages(TOPICS.networkEvents).map((message) => JSON.parse(message.value) as EventEnvelope);
    };
    for (let i = 0; i < 1000 && !(await published()).some((event) => event.type === 'report.aggregate-published'); i += 1) await new Promise((resolve) => setImmediate(resolve));
    await built.module.stop?.();

    const events = await published();
    expect(events.filter((event) => event.type === 'report.sharing-status-changed').map((event) => (event.data as { centre: string; status: string }).centre).sort()).toEqual(['tapachula', 'tijuana']);
    const aggregate = events.find((event) => event.type === 'report.aggregate-published');
    expect(aggregate?.data).toMatchObject({ centre: 'tijuana', period: { label: '2026-10' }, indicators: [{ indicator: 'people-served', total: 9 }] });
    expect(JSON.stringify(aggregate)).not.toContain(haitianWoman.personId);
    expect(JSON.stringify(aggregate)).not.toContain(haitianWoman.caseId);

    const analyst = `Bearer ${await networkTokenFor(TEST_NETWORK, ['network-analyst'])}`;
    const view = await request(built.app).get('/v1/network-view/figures?period=2026-10').set('Authorization', analyst);
    expect(view.status).toBe(200);
    const tijuana = view.body.indicators[0].centres[0];
    expect(tijuana).toMatchObject({ centre: 'tijuana', total: 9 });
    const nationality = tijuana.tables.find((table: { dimensions: string[] }) => table.dimensions.join() === 'nationality');
    expect(nationality.cells.find((cell: { key: string[] }) => cell.key[0] === 'HT').value).toBeNull();
    expect(nationality.cells.find((cell: { key: string[] }) => cell.key[0] === 'MX').value).toBeNull();
    expect(view.body.members.map((member: { centre: string; status: string }) => [member.centre, member.status])).toEqual([
      ['tapachula', 'not-sharing'],
      ['tijuana', 'sharing'],
    ]);
    // The centre's own report is not the network's to read.
    expect((await request(built.app).get('/v1/reports/indicators?period=2026-10').set('Authorization', analyst)).status).toBe(403);
  });
});
