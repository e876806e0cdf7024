import type { EventEnvelope } from '@corredor/contracts';
import { createSharingScanner } from './sharing.scanner';
import { NETWORK, OTHER_NETWORK, parsed, person, sharingTestApp, type SharingTestApp } from './network-sharing.test-support';

type Published = {
  centre: string;
  network: string;
  agreementId: string;
  period: { label: string };
  rule: { k: number; roundTo: number | null };
  indicators: Array<{ indicator: string; total: number | null; tables: Array<{ dimensions: string[]; cells: Array<{ key: string[]; value: number | null }> }> }>;
  measures: { labourClaimAmounts: Array<{ currency: string; amounts: Record<string, string> | null }> | null; daysToFirstService: { median: number | null; suppressed: boolean } | null };
};
type Status = { centre: string; network: string; status: string; centreName: string; agreement: { agreementId: string; firstPeriod: string; rule: object } | null };

const aggregates = async (s: SharingTestApp) => parsed(await s.events(), 'report.aggregate-published').map((event) => event.data as Published);
/** In the order announced: the bus keeps order per key (network/centre), not across keys. */
const statuses = async (s: SharingTestApp) =>
  parsed(await s.events(), 'report.sharing-status-changed')
    .sort((a, b) => a.time.localeCompare(b.time) || (a.subject ?? '').localeCompare(b.subject ?? ''))
    .map((event) => event.data as Status);
const periods = (published: Published[]) => published.map((data) => `${data.centre}:${data.period.label}`);

const peopleBySexAndNationality = (change: object = {}) => ({
  network: NETWORK,
  indicators: [{ indicator: 'people-served', breakdowns: [['sex'], ['nationality'], ['sex', 'nationality']] }],
  from: '2026-10-01',
  periodKind: 'month',
  ...change,
});

describe('the sharing scan', () => {
  it('announces every member centre of every network, sharing or not, once per change', async () => {
    const s = await sharingTestApp();
    const mine = await s.agree('tijuana', peopleBySexAndNationality({ k: 7, roundTo: 5 }));
    expect(await s.sharing.scanner.scanOnce()).toMatchObject({ announced: 4 });
    expect(await statuses(s)).toEqual([
      expect.objectContaining({ centre: 'motozintla', network: NETWORK, status: 'not-sharing', centreName: 'Centro de Atención Motozintla', agreement: null }),
      expect.objectContaining({ centre: 'tapachula', network: NETWORK, status: 'not-sharing', agreement: null }),
      expect.objectContaining({
        centre: 'tijuana',
        network: NETWORK,
        status: 'sharing',
        agreement: expect.objectContaining({ agreementId: mine.id, firstPeriod: '2026-10', periodKind: 'month', rule: { k: 7, roundTo: 5 }, indicators: peopleBySexAndNationality().indicators }),
      }),
      // A network where no centre has agreed to anything still learns who its members are.
      expect.objectContaining({ centre: 'ciudad-juarez', network: OTHER_NETWORK, status: 'not-sharing', agreement: null }),
    ]);
    expect(await s.sharing.scanner.scanOnce()).toMatchObject({ announced: 0 });
    await s.revoke('tijuana', mine.id);
    expect(await s.sharing.scanner.scanOnce()).toMatchObject({ announced: 1 });
    expect((await statuses(s)).filter((status) => status.centre === 'tijuana').at(-1)).toMatchObject({ status: 'not-sharing', agreement: null });
    // Each announcement is its own event: a consumer de-duplicating by id keeps every change.
    const ids = (await s.events()).map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('announces a centre that left the network as gone, and publishes nothing of it there any more', async () => {
    const s = await sharingTestApp();
    await s.agree('tijuana', peopleBySexAndNationality());
    s.figures.add('tijuana', '2026-10-03', 'people-served', person('female', '18-29', 'HN'), 6);
    s.figures.add('tijuana', '2026-11-03', 'people-served', person('female', '18-29', 'HN'), 6);
    await s.sharing.scanner.scanOnce();
    s.moveCentre('tijuana', { networks: [OTHER_NETWORK] });
    s.setNow('2026-12-02T12:00:00.000Z');
    await s.sharing.scanner.scanOnce();
    expect((await statuses(s)).filter((status) => status.centre === 'tijuana' && status.network === NETWORK).map((status) => status.status)).toEqual(['sharing', 'left']);
    expect(periods(await aggregates(s))).toEqual(['tijuana:2026-10']);
  });

  it("publishes each closed period of an agreement once, from its start, when it has ended at the centre's time zone", async () => {
    const s = await sharingTestApp();
    await s.agree('tijuana', peopleBySexAndNationality({ from: '2026-09-15' }));
    for (const day of ['2026-09-20', '2026-10-03', '2026-11-30', '2026-12-01']) s.figures.add('tijuana', day, 'people-served', person('male', '30-44', 'MX'), 5);
    await s.sharing.scanner.scanOnce();
    // September started before the agreement's date: October is its first period; November is not over.
    expect(periods(await aggregates(s))).toEqual(['tijuana:2026-10']);
    // 23:59 on 30 November in Tijuana (UTC-8): still November there.
    s.setNow('2026-12-01T07:59:59.000Z');
    expect(await s.sharing.scanner.scanOnce()).toMatchObject({ published: 0 });
    s.setNow('2026-12-01T08:00:00.000Z');
    expect(await s.sharing.scanner.scanOnce()).toMatchObject({ published: 1 });
    const published = await aggregates(s);
    expect(periods(published)).toEqual(['tijuana:2026-10', 'tijuana:2026-11']);
    expect(published[1]).toMatchObject({ period: { kind: 'month', label: '2026-11', from: '2026-11-01', to: '2026-11-30' }, indicators: [{ indicator: 'people-served', total: 5 }] });
    expect(s.figures.asked).toEqual([
      ['tijuana', '2026-10-01', '2026-10-31'],
      ['tijuana', '2026-11-01', '2026-11-30'],
    ]);
  });

  it('waits the days set after a period ends before publishing it, so late records make it in', async () => {
    const s = await sharingTestApp({ publishAfterDays: 3 });
    await s.agree('tijuana', peopleBySexAndNationality({ from: '2026-11-01' }));
    s.figures.add('tijuana', '2026-11-10', 'people-served', person('male', '30-44', 'MX'), 5);
    s.setNow('2026-12-04T07:59:59.000Z');
    expect(await s.sharing.scanner.scanOnce()).toMatchObject({ published: 0 });
    s.figures.add('tijuana', '2026-11-29', 'people-served', person('male', '30-44', 'MX'), 1);
    s.setNow('2026-12-04T08:00:00.000Z');
    expect(await s.sharing.scanner.scanOnce()).toMatchObject({ published: 1 });
    expect((await aggregates(s))[0]?.indicators[0]?.total).toBe(6);
  });

  it('publishes each period once, with two instances scanning at the same time, after a restart, and with the same event id', async () => {
    const s = await sharingTestApp();
    await s.agree('tijuana', peopleBySexAndNationality({ from: '2026-01-01' }));
    await s.agree('tapachula', peopleBySexAndNationality({ from: '2026-06-01', periodKind: 'quarter' }));
    for (const month of ['01', '04', '07', '10']) s.figures.add('tijuana', `2026-${month}-10`, 'people-served', person('male', '30-44', 'MX'), 5);
    const other = createSharingScanner({ agreements: s.sharing.agreements.agreements, ledger: s.sharing.ledger, centres: s.deps.centres, figures: s.figures.source, clock: s.clock, outboxWritten: () => {}, publishAfterDays: 0 });
    for (let round = 0; round < 3; round += 1) await Promise.all([s.sharing.scanner.scanOnce(), other.scanOnce(), s.sharing.scanner.scanOnce()]);
    const published = await aggregates(s);
    expect(periods(published).sort()).toEqual([...['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'].map((m) => `tijuana:2026-${m}`), 'tapachula:2026-Q3'].sort());
    const announced = await statuses(s);
    expect(announced).toHaveLength(4);
    const restarted = createSharingScanner({ agreements: s.sharing.agreements.agreements, ledger: s.sharing.ledger, centres: s.deps.centres, figures: s.figures.source, clock: s.clock, outboxWritten: () => {}, publishAfterDays: 0 });
    s.setNow('2026-11-30T12:00:00.000Z');
    expect(await restarted.scanOnce()).toEqual({ announced: 0, published: 0 });
    const events: EventEnvelope[] = (await s.events()).filter((event) => event.type === 'report.aggregate-published');
    expect(events).toHaveLength(11);
    // The id is the centre, network and period's: the same whichever instance builds it.
    const october = events.find((event) => (event.data as Published).period.label === '2026-10' && (event.data as Published).centre === 'tijuana');
    expect(october?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(october).toMatchObject({ tenantid: 'tijuana', subject: `${NETWORK}/tijuana`, source: '/corredor/reporting' });
    expect(s.messages().find((message) => message.value.includes(october?.id ?? '-'))?.key).toBe(`${NETWORK}/tijuana`);
  });

  it('stops at a revocation: periods that ended before it still publish, the one it falls in and later never', async () => {
    const s = await sharingTestApp({ publishAfterDays: 5 });
    const mine = await s.agree('tijuana', peopleBySexAndNationality({ from: '2026-10-01' }));
    for (const day of ['2026-10-10', '2026-11-10', '2026-12-10', '2027-01-10']) s.figures.add('tijuana', day, 'people-served', person('male', '30-44', 'MX'), 5);
    s.setNow('2026-12-03T12:00:00.000Z');
    await s.sharing.scanner.scanOnce();
    expect(periods(await aggregates(s))).toEqual(['tijuana:2026-10']);
    // Revoked on 3 December: November ended before, so it still goes out (after its delay); December never.
    await s.revoke('tijuana', mine.id);
    for (const at of ['2026-12-08T12:00:00.000Z', '2027-01-10T12:00:00.000Z', '2027-03-01T12:00:00.000Z']) {
      s.setNow(at);
      await s.sharing.scanner.scanOnce();
    }
    expect(periods(await aggregates(s))).toEqual(['tijuana:2026-10', 'tijuana:2026-11']);
    expect(await s.sharing.agreements.agreements.findById('tijuana', mine.id)).toMatchObject({ status: 'revoked', settled: true });
  });

  it('publishes a later agreement from its first period on, never a period an earlier one published', async () => {
    const s = await sharingTestApp();
    const first = await s.agree('tijuana', peopleBySexAndNationality({ from: '2026-10-01' }));
    for (const day of ['2026-10-10', '2026-11-10', '2026-12-10', '2027-01-10', '2027-04-10']) s.figures.add('tijuana', day, 'people-served', person('male', '30-44', 'MX'), 5);
    s.setNow('2026-12-15T12:00:00.000Z');
    await s.sharing.scanner.scanOnce();
    await s.revoke('tijuana', first.id);
    const next = await s.agree('tijuana', peopleBySexAndNationality({ from: '2026-01-01', periodKind: 'quarter' }));
    expect(next.firstPeriod).toBe('2027-Q1');
    s.setNow('2027-07-02T12:00:00.000Z');
    await s.sharing.scanner.scanOnce();
    const published = await aggregates(s);
    expect(published.map((data) => [data.period.label, data.agreementId])).toEqual([
      ['2026-10', first.id],
      ['2026-11', first.id],
      ['2027-Q1', next.id],
      ['2027-Q2', next.id],
    ]);
  });

  it('publishes a small centre with one Haitian woman without a figure that reveals her', async () => {
    const s = await sharingTestApp();
    await s.agree('tijuana', peopleBySexAndNationality({ indicators: [{ indicator: 'people-served', breakdowns: [['sex'], ['nationality'], ['sex', 'nationality'], ['language']] }] }));
    s.figures.add('tijuana', '2026-10-05', 'people-served', person('male', '30-44', 'MX'), 9);
    s.figures.add('tijuana', '2026-10-06', 'people-served', person('female', '30-44', 'MX'), 6);
    s.figures.add('tijuana', '2026-10-07', 'people-served', person('female', '18-29', 'HT', ['ht', 'fr']));
    await s.sharing.scanner.scanOnce();
    const [published] = await aggregates(s);
    const figures = published?.indicators[0];
    if (!figures) throw new Error('nothing published');
    const table = (...dimensions: string[]) => figures.tables.find((candidate) => candidate.dimensions.join() === dimensions.join());
    const valueOf = (dimensions: string[], key: string[]) => table(...dimensions)?.cells.find((cell) => cell.key.join() === key.join())?.value;
    expect(valueOf(['nationality'], ['HT'])).toBeNull();
    expect(valueOf(['sex', 'nationality'], ['female', 'HT'])).toBeNull();
    expect(valueOf(['language'], ['ht'])).toBeNull();
    // No published figure pins her down: a margin, minus the published cells under it, leaves at
    // least two suppressed cells, or the margin itself is suppressed.
    for (const one of figures.tables.filter((candidate) => candidate.dimensions.length === 1 && candidate.dimensions[0] !== 'language')) {
      const hidden = one.cells.filter((cell) => cell.value === null).length;
      expect(hidden === 0 || hidden >= 2 || figures.total === null).toBe(true);
    }
    const nationalityOf = (sex: string) => table('sex', 'nationality')?.cells.filter((cell) => cell.key[0] === sex) ?? [];
    const femaleMargin = valueOf(['sex'], ['female']);
    expect(femaleMargin === null || nationalityOf('female').filter((cell) => cell.value === null).length >= 2).toBe(true);
    // Nothing but categories and counts: no id of a case or person, no name, no count of 1.
    const text = JSON.stringify(published);
    expect(text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g)).toEqual([published?.agreementId]);
    expect(text).not.toMatch(/"(value|total)":[12][,}]/);
  });

  it('rounds published counts when the agreement says so', async () => {
    const s = await sharingTestApp();
    await s.agree('tijuana', peopleBySexAndNationality({ roundTo: 5 }));
    s.figures.add('tijuana', '2026-10-05', 'people-served', person('male', '30-44', 'MX'), 12);
    s.figures.add('tijuana', '2026-10-06', 'people-served', person('female', '30-44', 'GT'), 8);
    await s.sharing.scanner.scanOnce();
    const [published] = await aggregates(s);
    expect(published?.rule).toEqual({ k: 5, roundTo: 5 });
    const values = published?.indicators.flatMap((figures) => [figures.total, ...figures.tables.flatMap((table) => table.cells.map((cell) => cell.value))]) ?? [];
    expect(values.length).toBeGreaterThan(3);
    for (const value of values) expect(value === null || value % 5 === 0).toBe(true);
    expect(published?.indicators[0]?.total).toBe(20);
  });

  it('shares labour-claim sums and the median days to a first service only where they say nothing of a few people, and never their counts', async () => {
    const s = await sharingTestApp();
    await s.agree('tijuana', peopleBySexAndNationality({ measures: ['labour-claim-amounts', 'days-to-first-service'] }));
    await s.agree('tapachula', peopleBySexAndNationality());
    const flow = (claims: number, sum: string, largest: string) => ({ claims, sum, largest });
    const flows = (claims: number, sum: string, largest: string) => ({ claimed: flow(claims, sum, largest), agreed: flow(claims, sum, largest), awarded: flow(claims, sum, largest), received: flow(claims, sum, largest) });
    const stock = { claims: 9, claimed: '1.00', agreed: '1.00', awarded: '1.00', received: '1.00' };
    s.figures.setMeasures('tijuana', '2026-10-01', {
      labourClaimAmounts: { MXN: stock, USD: stock },
      labourClaimFlows: { USD: flows(2, '1500.00', '1000.00'), MXN: { ...flows(6, '90000.00', '20000.00'), received: flow(5, '100.00', '20.00') } },
      daysToFirstService: { cases: 4, median: 3 },
    });
    s.figures.setMeasures('tijuana', '2026-11-01', { daysToFirstService: { cases: 9, median: 2.5 } });
    s.figures.setMeasures('tapachula', '2026-10-01', { labourClaimFlows: { MXN: flows(9, '5000.00', '600.00') }, daysToFirstService: { cases: 9, median: 1 } });
    s.setNow('2026-12-02T12:00:00.000Z');
    await s.sharing.scanner.scanOnce();
    const published = await aggregates(s);
    const of = (centre: string, label: string) => published.find((data) => data.centre === centre && data.period.label === label)?.measures;
    // What the period added, not the in-centre stock; USD's sums are over 2 claims: left out, as a currency without claims is.
    expect(of('tijuana', '2026-10')).toEqual({
      labourClaimAmounts: [{ currency: 'MXN', amounts: { claimed: '90000.00', agreed: '90000.00', awarded: '90000.00', received: '100.00' } }],
      daysToFirstService: { median: null, suppressed: true },
    });
    // No claim added anything in November: no currency listed.
    expect(of('tijuana', '2026-11')).toEqual({ labourClaimAmounts: [], daysToFirstService: { median: 2.5, suppressed: false } });
    // Tapachula did not agree to share them.
    expect(of('tapachula', '2026-10')).toEqual({ labourClaimAmounts: null, daysToFirstService: null });
    expect(JSON.stringify(published)).not.toMatch(/"claims"|"cases"|"largest"/);
  });

  it('scans in the background from start until stop', async () => {
    const s = await sharingTestApp();
    await s.agree('tapachula', peopleBySexAndNationality());
    s.sharing.scanner.start(3_600_000);
    for (let i = 0; i < 1000 && (await s.events()).length === 0; i += 1) await new Promise((resolve) => setImmediate(resolve));
    await s.sharing.scanner.stop();
    expect((await statuses(s)).map((status) => status.centre)).toEqual(['motozintla', 'tapachula', 'tijuana', 'ciudad-juarez']);
  });
});
