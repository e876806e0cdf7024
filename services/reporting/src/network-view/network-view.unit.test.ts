import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { TOPICS } from '@corredor/contracts';
import { NETWORK, OTHER_NETWORK, person, sharingTestApp, type SharingTestApp } from '../aggregate-publishing/network-sharing.test-support';

type Table = { dimensions: string[]; cells: Array<{ key: string[]; value: number | null }> };
type Report = {
  members: Array<{ centre: string; centreName: string; status: string; agreementId: string | null }>;
  indicators: Array<{ indicator: string; centres: Array<{ centre: string; total: number | null; tables: Table[] }>; network: { over: string[]; rule: object; total: number | null; tables: Table[] } | null }>;
};

const cell = (tables: Table[], dimensions: string[], key: string[]) => tables.find((t) => t.dimensions.join() === dimensions.join())?.cells.find((c) => c.key.join() === key.join())?.value;

/**
 * October at three centres of the network: Tijuana shares people served by sex and nationality at
 * k = 5, and cases opened; Tapachula people served by sex and by sex and age band at k = 3;
 * Motozintla shares nothing. Ciudad Juárez shares with another network.
 */
async function october(): Promise<SharingTestApp & { agreements: Record<string, string> }> {
  const s = await sharingTestApp();
  s.moveCentre('tapachula', { name: 'Centro de Atención Tapachula' });
  const tijuana = await s.agree('tijuana', {
    network: NETWORK,
    indicators: [
      { indicator: 'people-served', breakdowns: [['sex'], ['nationality']] },
      { indicator: 'cases-opened', breakdowns: [['priority']] },
    ],
    from: '2026-10-01',
    periodKind: 'month',
  });
  const tapachula = await s.agree('tapachula', { network: NETWORK, indicators: [{ indicator: 'people-served', breakdowns: [['sex'], ['sex', 'ageBand']] }], from: '2026-10-01', periodKind: 'month', k: 3 });
  const juarez = await s.agree('ciudad-juarez', { network: OTHER_NETWORK, indicators: [{ indicator: 'people-served', breakdowns: [['sex']] }], from: '2026-10-01', periodKind: 'month' });
  s.figures
    .add('tijuana', '2026-10-05', 'people-served', person('male', '30-44', 'MX'), 9)
    .add('tijuana', '2026-10-06', 'people-served', person('female', '30-44', 'MX'), 6)
    .add('tijuana', '2026-10-07', 'people-served', person('female', '18-29', 'HT', ['ht', 'fr']))
    .add('tijuana', '2026-10-08', 'cases-opened', { priority: 'normal' }, 6)
    .add('tapachula', '2026-10-05', 'people-served', person('female', '18-29', 'GT'), 4)
    .add('tapachula', '2026-10-06', 'people-served', person('male', '30-44', 'GT'), 3)
    .add('tapachula', '2026-10-07', 'people-served', person('not-stated', '18-29', 'GT'), 3)
    .add('ciudad-juarez', '2026-10-07', 'people-served', person('female', '18-29', 'VE'), 8);
  await s.sharing.scanner.scanOnce();
  await s.events();
  return { ...s, agreements: { tijuana: tijuana.id, tapachula: tapachula.id, juarez: juarez.id } };
}

describe('the network view', () => {
  it("shows each sharing centre's figures side by side, and lists a member that shares nothing as such", async () => {
    const s = await october();
    const res = await request(s.app).get('/v1/network-view/figures?period=2026-10').set('Authorization', s.analyst);
    expect(res.status).toBe(200);
    const report = res.body as Report;
    expect(report.members).toEqual([
      { centre: 'motozintla', centreName: 'Centro de Atención Motozintla', status: 'not-sharing', agreementId: null, rule: null },
      { centre: 'tapachula', centreName: 'Centro de Atención Tapachula', status: 'sharing', agreementId: s.agreements['tapachula'], rule: { k: 3, roundTo: null } },
      { centre: 'tijuana', centreName: 'Centro de Recursos para Trabajadores Migrantes Tijuana', status: 'sharing', agreementId: s.agreements['tijuana'], rule: { k: 5, roundTo: null } },
    ]);
    const [people, cases] = report.indicators;
    expect(report.indicators.map((columns) => columns.indicator)).toEqual(['people-served', 'cases-opened']);
    expect(people?.centres.map((figures) => [figures.centre, figures.total])).toEqual([
      ['tapachula', 10],
      ['tijuana', 16],
    ]);
    const tijuana = people?.centres[1]?.tables ?? [];
    expect(cell(tijuana, ['sex'], ['female'])).toBe(7);
    expect(cell(tijuana, ['nationality'], ['HT'])).toBeNull();
    expect(cell(people?.centres[0]?.tables ?? [], ['sex', 'ageBand'], ['not-stated', '18-29'])).toBe(3);
    expect(cases).toMatchObject({ centres: [{ centre: 'tijuana', total: 6 }], network: { over: ['tijuana'], total: 6 } });
    // Nothing of the other network's centre.
    expect(JSON.stringify(report)).not.toContain('ciudad-juarez');
  });

  it('totals the network from what the centres published, and suppresses the combination again at the highest k', async () => {
    const s = await october();
    const report = (await request(s.app).get('/v1/network-view/figures?period=2026-10&indicator=people-served').set('Authorization', s.analyst)).body as Report;
    expect(report.indicators).toHaveLength(1);
    const network = report.indicators[0]?.network;
    expect(network?.over).toEqual(['tapachula', 'tijuana']);
    expect(network?.rule).toEqual({ k: 5, roundTo: null });
    // Only what both published is totalled: sex (nationality is Tijuana's alone, age band Tapachula's).
    expect(network?.tables.map((table) => table.dimensions)).toEqual([['sex']]);
    const sex = network?.tables[0]?.cells ?? [];
    // 3 people of sex not stated at Tapachula: published there at k = 3, below the network's k = 5.
    expect(sex.find((c) => c.key[0] === 'not-stated')?.value).toBeNull();
    // ...and not recoverable from the network total and the other cells.
    const published = sex.filter((c) => c.value !== null).reduce((sum, c) => sum + (c.value ?? 0), 0);
    expect(network?.total === null || sex.filter((c) => c.value === null).length >= 2).toBe(true);
    expect(published).toBeLessThan(26);
    for (const c of sex) if (c.value !== null) expect(c.value).toBe({ female: 11, male: 12 }[c.key[0] ?? ''] ?? -1);
  });

  it('lists the members and what each shares, to analysts and operators, from the network topic alone', async () => {
    const s = await october();
    for (const auth of [s.analyst, await s.networkBearer(NETWORK, ['operator'])]) {
      const res = await request(s.app).get('/v1/network-view/centres').set('Authorization', auth);
      expect(res.status).toBe(200);
      expect(res.body.network).toBe(NETWORK);
      expect(res.body.items.map((item: { centre: string; status: string; agreement: { agreementId: string } | null }) => [item.centre, item.status, item.agreement?.agreementId ?? null])).toEqual([
        ['motozintla', 'not-sharing', null],
        ['tapachula', 'sharing', s.agreements['tapachula']],
        ['tijuana', 'sharing', s.agreements['tijuana']],
      ]);
      const one = await request(s.app).get('/v1/network-view/centres/tijuana').set('Authorization', auth);
      expect(one.body).toMatchObject({ centre: 'tijuana', status: 'sharing', agreement: { rule: { k: 5, roundTo: null }, firstPeriod: '2026-10' }, periods: [{ label: '2026-10' }] });
    }
    const page = await request(s.app).get('/v1/network-view/centres?limit=2').set('Authorization', s.analyst);
    const rest = await request(s.app).get(`/v1/network-view/centres?limit=2&cursor=${page.body.nextCursor}`).set('Authorization', s.analyst);
    expect([...page.body.items, ...rest.body.items].map((item: { centre: string }) => item.centre)).toEqual(['motozintla', 'tapachula', 'tijuana']);
    expect(rest.body.nextCursor).toBeNull();
    const other = await request(s.app).get('/v1/network-view/centres').set('Authorization', await s.networkBearer(OTHER_NETWORK, ['network-analyst']));
    expect(other.body.items.map((item: { centre: string }) => item.centre)).toEqual(['ciudad-juarez']);
  });

  it("refuses a centre of another network asked for by id, as if it did not exist", async () => {
    const s = await october();
    for (const centre of ['ciudad-juarez', 'nowhere']) {
      const res = await request(s.app).get(`/v1/network-view/centres/${centre}`).set('Authorization', s.analyst);
      expect([res.status, res.body.code]).toEqual([404, 'REPORTING.CENTRE_NOT_IN_NETWORK']);
    }
    const theirs = await request(s.app).get('/v1/network-view/centres/tijuana').set('Authorization', await s.networkBearer(OTHER_NETWORK, ['network-analyst']));
    expect(theirs.status).toBe(404);
  });

  it('refuses an unknown indicator, a period that is not a month, quarter or year, and one not over yet, each with its code', async () => {
    const s = await october();
    const ask = (query: string) => request(s.app).get(`/v1/network-view/figures?${query}`).set('Authorization', s.analyst);
    const unknown = await ask('period=2026-10&indicator=happiness');
    expect([unknown.status, unknown.body.code]).toEqual([422, 'REPORTING.UNKNOWN_INDICATOR']);
    for (const period of ['2026-W43', '2026-10-01', '2026-10-01..2026-10-31', 'last-month']) {
      const res = await ask(`period=${encodeURIComponent(period)}`);
      expect([res.status, res.body.code, res.body.errors?.[0]?.field]).toEqual([422, 'REPORTING.VALIDATION_FAILED', 'query.period']);
      expect(JSON.stringify(res.body)).not.toContain(period);
    }
    for (const period of ['2026-11', '2026-Q4', '2026']) {
      const res = await ask(`period=${period}`);
      expect([res.status, res.body.code]).toEqual([422, 'REPORTING.PERIOD_NOT_CLOSED']);
    }
    // November is over in Tijuana at 08:00Z on 1 December, but not yet everywhere a centre may be.
    s.setNow('2026-12-01T08:00:00.000Z');
    expect((await ask('period=2026-11')).body.code).toBe('REPORTING.PERIOD_NOT_CLOSED');
    s.setNow('2026-12-01T12:00:00.000Z');
    expect((await ask('period=2026-11')).status).toBe(200);
  });

  it("answers a period nobody published with every member listed as having no figures", async () => {
    const s = await october();
    const res = await request(s.app).get('/v1/network-view/figures?period=2025').set('Authorization', s.analyst);
    expect(res.status).toBe(200);
    expect(res.body.members.map((member: { centre: string; agreementId: string | null }) => [member.centre, member.agreementId])).toEqual([
      ['motozintla', null],
      ['tapachula', null],
      ['tijuana', null],
    ]);
    expect(res.body.indicators).toEqual([]);
  });

  it('exports CSV that spreadsheets open with accents: BOM, a header block with the rule applied, a column per centre and the network', async () => {
    const s = await october();
    const res = await request(s.app).get('/v1/network-view/figures?period=2026-10&format=csv').set('Authorization', s.analyst).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toContain(`${NETWORK}-2026-10.csv`);
    const text = res.body as string;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text, { bom: true, relax_column_count: true }) as string[][];
    expect(rows.slice(0, 3)).toEqual([
      ['network', NETWORK],
      ['period', '2026-10 (2026-10-01 to 2026-10-31)'],
      ['generated at', '2026-11-23T15:00:00.000Z'],
    ]);
    expect(rows[3]?.[0]).toBe('suppression rule');
    expect(rows[3]?.[1]).toContain('Centro de Atención Tapachula (tapachula): k = 3');
    expect(rows[3]?.[1]).toContain('k = 5, the strictest among the centres');
    expect(rows).toContainEqual(['Centro de Atención Motozintla (motozintla)', 'not-sharing', 'none']);
    const header = rows.find((row) => row[0] === 'indicator');
    expect(header).toEqual(['indicator', 'table', 'category', 'Centro de Atención Tapachula (tapachula)', 'Centro de Recursos para Trabajadores Migrantes Tijuana (tijuana)', 'network']);
    expect(rows).toContainEqual(['people-served', 'total', '', '10', '16', expect.any(String)]);
    expect(rows).toContainEqual(['people-served', 'sex', 'not-stated', '3', '0', 'x']);
    expect(rows).toContainEqual(['people-served', 'nationality', 'HT', '', 'x', '']);
    expect(rows).toContainEqual(['people-served', 'sex × ageBand', 'not-stated × 18-29', '3', '', '']);
    expect(rows).toContainEqual(['cases-opened', 'priority', 'normal', '', '6', '6']);
  });

  it('shows a measure a centre published nothing for as withheld, not as zero, and withholds the network sum it would be part of', async () => {
    const s = await sharingTestApp();
    for (const centre of ['tijuana', 'tapachula']) {
      await s.agree(centre, { network: NETWORK, indicators: [{ indicator: 'cases-opened', breakdowns: [] }], measures: ['labour-claim-amounts', 'days-to-first-service'], from: '2026-10-01', periodKind: 'month' });
    }
    const flow = { claims: 6, sum: '90000.00', largest: '20000.00' };
    s.figures.setMeasures('tijuana', '2026-10-01', { labourClaimFlows: { MXN: { claimed: flow, agreed: flow, awarded: flow, received: flow } }, daysToFirstService: { cases: 9, median: 2 } });
    // Tapachula: no claims and no case served in October; what it publishes looks like a few of either.
    await s.sharing.scanner.scanOnce();
    await s.events();
    const report = (await request(s.app).get('/v1/network-view/figures?period=2026-10').set('Authorization', s.analyst)).body as { measures: object };
    const sums = { claimed: '90000.00', agreed: '90000.00', awarded: '90000.00', received: '90000.00' };
    expect(report.measures).toEqual({
      centres: [
        { centre: 'tapachula', labourClaimAmounts: [{ currency: 'MXN', amounts: null }], daysToFirstService: { median: null, suppressed: true } },
        { centre: 'tijuana', labourClaimAmounts: [{ currency: 'MXN', amounts: sums }], daysToFirstService: { median: 2, suppressed: false } },
      ],
      network: { labourClaimAmounts: [{ currency: 'MXN', amounts: null }] },
    });
    const csv = (await request(s.app).get('/v1/network-view/figures?period=2026-10&format=csv').set('Authorization', s.analyst)).text;
    const rows = parse(csv, { bom: true, relax_column_count: true }) as string[][];
    expect(rows).toContainEqual(['labour-claim-amounts', 'agreed', 'MXN', 'x', '90000.00', 'x']);
    expect(rows).toContainEqual(['days-to-first-service', 'median', '', 'x', '2', '']);
  });

  it('is for the network: centre staff never reach it, operators see who shares but no figures', async () => {
    const s = await october();
    for (const role of ['coordinator', 'lawyer', 'promoter', 'interpreter'] as const) {
      const auth = await s.bearer('tijuana', [role]);
      for (const path of ['/v1/network-view/centres', '/v1/network-view/centres/tijuana', '/v1/network-view/figures?period=2026-10']) {
        const res = await request(s.app).get(path).set('Authorization', auth);
        expect([res.status, res.body.code]).toEqual([403, 'AUTH.FORBIDDEN']);
      }
    }
    const operator = await request(s.app).get('/v1/network-view/figures?period=2026-10').set('Authorization', await s.networkBearer(NETWORK, ['operator']));
    expect([operator.status, operator.body.code]).toEqual([403, 'AUTH.FORBIDDEN']);
    const otherAnalyst = await request(s.app).get('/v1/network-view/figures?period=2026-10').set('Authorization', await s.networkBearer(OTHER_NETWORK, ['network-analyst']));
    expect(otherAnalyst.body.members.map((member: { centre: string }) => member.centre)).toEqual(['ciudad-juarez']);
    expect(JSON.stringify(otherAnalyst.body)).not.toMatch(/tijuana|tapachula|motozintla/);
  });

  it('is the same at a hub in another deployment that only mirrors the network topic', async () => {
    const s = await october();
    const hub = await sharingTestApp();
    await hub.deps.bus.publish(s.messages().map((message) => ({ topic: TOPICS.networkEvents, key: message.key ?? '', value: message.value, headers: message.headers })));
    await hub.deps.bus.drain();
    const ask = async (app: SharingTestApp) => (await request(app.app).get('/v1/network-view/figures?period=2026-10').set('Authorization', app.analyst)).body as Report;
    const here = await ask(s);
    expect(here.indicators.length).toBeGreaterThan(0);
    expect(await ask(hub)).toEqual(here);
    // The hub shares nothing of its own: it published nothing, it only received.
    expect(await hub.sharing.agreements.agreements.toPublish()).toEqual([]);
  });
});
