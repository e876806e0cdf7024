import { caseOpenedV2, createEvent, eventRegistry, type EventEnvelope } from '@corredor/contracts';
import { randomUUID } from 'node:crypto';
import { TestCase, given, withdrawn } from '../test-events';
import { tabulate } from '../indicators/tabulate.domain';
import { MemoryReportingFactRepository } from './reporting-fact.repository.memory';
import { recordFact } from './record-fact';
import { createReportingProjection, type ReportingProjection } from './reporting-projection';

const TZ = 'America/Tijuana';
const november = { from: '2026-11-01', to: '2026-11-30' };
const year = { from: '2026-01-01', to: '2026-12-31' };

async function applied(...events: EventEnvelope[]): Promise<ReportingProjection> {
  const projection = createReportingProjection({ mongo: null, generation: 'test' });
  for (const event of events) await projection.apply(event);
  return projection;
}

/** Every indicator's one-way tables and the measures, as plain data to compare. */
async function report(projection: ReportingProjection, period = year, centre = 'tijuana') {
  const { units, measures } = await projection.figures(centre, period, TZ);
  const tables = Object.fromEntries(
    Object.entries(units).map(([id, list]) => [id, { total: list.length, ...Object.fromEntries(Object.keys(list[0] ?? {}).map((dimension) => [dimension, tabulate(list, [dimension]).cells])) }]),
  );
  return { tables, measures };
}

const total = async (projection: ReportingProjection, indicator: 'people-served' | 'services-delivered' | 'referrals' | 'labour-claims' | 'risk-flags' | 'cases-opened', period = year) =>
  (await projection.figures('tijuana', period, TZ)).units[indicator].length;

describe('the reporting projection', () => {
  it('counts a case and everything done on it, once however often its events arrive', async () => {
    const marie = new TestCase();
    const serviceId = randomUUID();
    const events = [
      marie.opened(),
      marie.riskFlagged('2026-11-20T18:00:00.000Z'),
      marie.serviceRecorded('accompaniment', '2026-11-21', { serviceId }),
      marie.statusChanged('open', 'active', '2026-11-21T20:00:00.000Z'),
      marie.claimChanged(randomUUID(), '2026-11-22T18:00:00.000Z'),
      marie.referralMade(randomUUID(), { id: randomUUID(), name: 'Casa del Migrante' }, '2026-11-22T19:00:00.000Z'),
    ];
    const once = await applied(...events);
    const twice = await applied(...events, ...events, ...events.map((event) => ({ ...event, id: randomUUID() })));
    expect(await report(twice)).toEqual(await report(once));
    expect(await total(once, 'services-delivered')).toBe(1);
    expect(await total(once, 'risk-flags')).toBe(1);
    expect(await total(once, 'labour-claims')).toBe(1);
    expect(await total(once, 'referrals')).toBe(1);
  });

  it('ignores events it does not record', async () => {
    const projection = createReportingProjection({ mongo: null, generation: 'test' });
    expect(await projection.apply(given('tijuana', randomUUID(), '2026-11-20T18:00:00.000Z'))).toBe(false);
  });

  it('still counts cases opened before case.opened v3, as registry-upcast events', async () => {
    const caseId = randomUUID();
    const v2 = createEvent(
      caseOpenedV2,
      {
        caseId,
        intakeId: randomUUID(),
        personId: randomUUID(),
        openedAt: '2026-11-20T10:00:00.000Z',
        priority: 'normal',
        riskFlags: [],
        countInStatistics: true,
        profile: { sex: 'male', ageBand: '30-44', nationality: 'SV', languages: ['es'] },
      },
      { tenant: 'tijuana', source: '/corredor/case', correlationId: 'r', causationId: 'r', subject: caseId },
    );
    const parsed = eventRegistry.parse(JSON.parse(JSON.stringify(v2)));
    if (!parsed.ok) throw new Error(parsed.reason);
    const people = (await (await applied(parsed.event)).figures('tijuana', november, TZ)).units['people-served'];
    expect(people).toEqual([{ contact: 'new', sex: 'male', ageBand: '30-44', nationality: 'SV', language: ['es'], migratoryStatus: 'not-recorded' }]);
  });

  it('counts a referral once its case is counted, whichever of the two reporting hears of first', async () => {
    const kase = new TestCase();
    const referralId = randomUUID();
    const partner = { id: randomUUID(), name: 'Casa del Migrante Albergue Señor San José' };
    const referral = [kase.referralMade(referralId, partner, '2026-11-21T18:00:00.000Z'), kase.referralChanged(referralId, 'made', 'completed', '2026-11-25T18:00:00.000Z')];
    const before = await applied(...referral);
    expect(await total(before, 'referrals')).toBe(0);
    await before.apply(kase.opened());
    const after = await applied(kase.opened(), ...referral);
    expect(await report(before)).toEqual(await report(after));
    expect((await before.figures('tijuana', november, TZ)).units.referrals).toEqual([{ need: 'shelter', partner: partner.id, referralStatus: 'completed' }]);
    expect(await before.partnerNames('tijuana')).toEqual({ [partner.id]: partner.name });
  });
});

describe('statistics consent in the projection', () => {
  it('keeps nothing of a case whose person did not agree to be counted: not its referrals heard of before, nor its later facts', async () => {
    const kase = new TestCase({ countInStatistics: false });
    const projection = await applied(
      kase.referralMade(randomUUID(), { id: randomUUID(), name: 'Casa del Migrante' }, '2026-11-19T18:00:00.000Z'),
      kase.opened(),
      kase.serviceRecorded('accompaniment', '2026-11-21'),
      kase.claimChanged(randomUUID(), '2026-11-22T18:00:00.000Z'),
      kase.referralMade(randomUUID(), { id: randomUUID(), name: 'Casa del Migrante' }, '2026-11-23T18:00:00.000Z'),
    );
    expect(await projection.facts.factsOf('tijuana', { from: new Date(0), to: new Date('2030-01-01'), fromDay: '1970-01-01', toDay: '2029-12-31' })).toEqual({
      cases: [],
      attachments: [],
      services: [],
      firstServices: [],
      claims: [],
      claimsAtStart: [],
      riskFlags: [],
      referrals: [],
    });
    expect(await projection.facts.isKeptOut('tijuana', kase.caseId)).toBe(true);
  });

  it("keeps out every case of the person opened until their withdrawal, whether it arrives before or after it, and no one else's", async () => {
    const personId = randomUUID();
    const earlier = new TestCase({ personId, openedAt: '2025-06-01T18:00:00.000Z' });
    const recent = new TestCase({ personId });
    const elsewhere = new TestCase({ personId, tenant: 'tapachula' });
    const other = new TestCase({ sex: 'male' });
    const cases = [earlier, recent, elsewhere, other].flatMap((kase) => [kase.opened(), kase.serviceRecorded('accompaniment', '2026-11-25')]);
    const withdrawal = withdrawn('tijuana', personId, '2026-11-26T18:00:00.000Z');
    const after = await applied(...cases, withdrawal);
    const before = await applied(withdrawal, ...cases);
    expect(await report(after)).toEqual(await report(before));
    expect(await total(after, 'people-served')).toBe(1);
    expect(await total(after, 'services-delivered')).toBe(1);
    expect(await total(after, 'people-served', { from: '2025-01-01', to: '2025-12-31' })).toBe(0);
    expect((await after.figures('tapachula', year, TZ)).units['people-served']).toHaveLength(1);
  });

  it('is not undone by a later consent: cases opened until the withdrawal stay out, those opened after count', async () => {
    const personId = randomUUID();
    const before = new TestCase({ personId, openedAt: '2026-11-01T18:00:00.000Z' });
    const after = new TestCase({ personId, openedAt: '2026-11-23T20:00:00.000Z', sex: 'male' });
    const projection = await applied(before.opened(), withdrawn('tijuana', personId, '2026-11-22T18:00:00.000Z'), given('tijuana', personId, '2026-11-23T18:00:00.000Z'), after.opened());
    expect((await projection.figures('tijuana', november, TZ)).units['cases-opened']).toHaveLength(1);
    expect((await projection.figures('tijuana', november, TZ)).units['people-served']).toMatchObject([{ sex: 'male' }]);
  });

  it('leaves the figures alone when another purpose is withdrawn', async () => {
    const kase = new TestCase();
    const projection = await applied(kase.opened());
    await projection.apply(withdrawn('tijuana', kase.personId, '2026-11-26T18:00:00.000Z', { purpose: 'contact', channel: 'phone' }));
    await projection.apply(withdrawn('tijuana', kase.personId, '2026-11-26T18:00:00.000Z', { purpose: 'store-data' }));
    expect(await total(projection, 'people-served')).toBe(1);
  });

  it('counts nobody whose statistics consent was withdrawn while their case was being recorded', async () => {
    const kase = new TestCase();
    const store = new MemoryReportingFactRepository();
    // The consent subscriber runs between this case's checks and its write: it records the
    // withdrawal and looks for the person's cases, finding none yet.
    const racing = Object.assign(Object.create(store) as MemoryReportingFactRepository, {
      recordCase: async (opening: Parameters<typeof store.recordCase>[0]) => {
        await recordFact(store, kase.statisticsWithdrawn('2026-11-26T18:00:00.000Z'));
        await store.recordCase(opening);
      },
    });
    await recordFact(racing, kase.opened());
    expect(await store.isKeptOut('tijuana', kase.caseId)).toBe(true);
    expect((await store.factsOf('tijuana', { from: new Date(0), to: new Date('2030-01-01'), fromDay: '1970-01-01', toDay: '2029-12-31' })).cases).toEqual([]);
  });
});

describe('erasure in the projection', () => {
  const everything = { from: new Date(0), to: new Date('2030-01-01'), fromDay: '1970-01-01', toDay: '2029-12-31' };

  it('takes every case of the person out of every figure, whatever its date and whichever topic is read first', async () => {
    const personId = randomUUID();
    const first = new TestCase({ personId, openedAt: '2025-03-01T18:00:00.000Z' });
    const second = new TestCase({ personId });
    const other = new TestCase({ sex: 'male', nationality: 'HN' });
    const partner = { id: randomUUID(), name: 'Casa del Migrante' };
    const work = (kase: TestCase) => [
      kase.opened(),
      kase.riskFlagged('2026-11-20T18:00:00.000Z'),
      kase.serviceRecorded('accompaniment', '2026-11-21'),
      kase.claimChanged(randomUUID(), '2026-11-22T18:00:00.000Z'),
      kase.referralMade(randomUUID(), partner, '2026-11-22T19:00:00.000Z'),
      kase.intakeAttached('2026-11-23T18:00:00.000Z', 'irregular'),
    ];
    const erasure = first.erased('2026-11-26T18:00:00.000Z');
    const live = await applied(...work(first), ...work(second), ...work(other), erasure);
    // A rebuild may read the consent topic ahead of the case topic: the erasure first.
    const rebuilt = await applied(erasure, ...work(first), ...work(second), ...work(other));
    const onlyTheOther = await applied(...work(other));
    for (const period of [year, { from: '2025-01-01', to: '2026-12-31' }]) {
      expect(await report(live, period)).toEqual(await report(onlyTheOther, period));
      expect(await report(rebuilt, period)).toEqual(await report(onlyTheOther, period));
    }
    expect((await live.figures('tijuana', year, TZ)).units['people-served']).toMatchObject([{ sex: 'male', nationality: 'HN' }]);
    // Nothing of theirs is left, and the person's record maps their id to nothing.
    for (const projection of [live, rebuilt]) {
      const left = await projection.facts.factsOf('tijuana', everything);
      expect(new Set([...left.cases, ...left.services, ...left.claims, ...left.riskFlags, ...left.referrals, ...left.attachments].map((fact) => fact.caseId))).toEqual(new Set([other.caseId]));
      expect(await projection.facts.casesOf('tijuana', personId)).toEqual([]);
      expect(await projection.facts.personOf('tijuana', personId)).toEqual({ tenant: 'tijuana', personId, withdrawnAt: null, erased: true });
    }
  });

  it("refuses the later facts of the person's cases, and a case of theirs heard of after the erasure", async () => {
    const personId = randomUUID();
    const kase = new TestCase({ personId });
    const late = new TestCase({ personId, openedAt: '2026-11-27T18:00:00.000Z' });
    const projection = await applied(kase.opened(), kase.erased('2026-11-26T18:00:00.000Z'));
    await projection.apply(kase.serviceRecorded('accompaniment', '2026-11-27'));
    await projection.apply(kase.referralMade(randomUUID(), { id: randomUUID(), name: 'Casa del Migrante' }, '2026-11-27T19:00:00.000Z'));
    await projection.apply(late.opened());
    await projection.apply(withdrawn('tijuana', personId, '2026-11-28T18:00:00.000Z'));
    expect(await projection.facts.factsOf('tijuana', everything)).toEqual({ cases: [], attachments: [], services: [], firstServices: [], claims: [], claimsAtStart: [], riskFlags: [], referrals: [] });
    expect(await projection.facts.personOf('tijuana', personId)).toEqual({ tenant: 'tijuana', personId, withdrawnAt: null, erased: true });
  });

  it('takes out a case being recorded while the erasure is handled', async () => {
    const kase = new TestCase();
    const store = new MemoryReportingFactRepository();
    // The consent subscriber runs between this case's checks and its write, finding none of the person's cases yet.
    const racing = Object.assign(Object.create(store) as MemoryReportingFactRepository, {
      recordCase: async (opening: Parameters<typeof store.recordCase>[0]) => {
        await recordFact(store, kase.erased('2026-11-26T18:00:00.000Z'));
        await store.recordCase(opening);
      },
    });
    await recordFact(racing, kase.opened());
    expect(await store.isKeptOut('tijuana', kase.caseId)).toBe(true);
    expect((await store.factsOf('tijuana', everything)).cases).toEqual([]);
  });
});

describe('a rebuild from the topics', () => {
  /** Each topic's events in order, interleaved at random (seeded): as separate consumers may read them. */
  function interleave(streams: EventEnvelope[][], seed: number): EventEnvelope[] {
    let state = seed;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const queues = streams.map((stream) => [...stream]);
    const merged: EventEnvelope[] = [];
    while (queues.some((queue) => queue.length > 0)) {
      const open = queues.filter((queue) => queue.length > 0);
      const event = open[Math.floor(next() * open.length)]?.shift();
      if (event) merged.push(event);
    }
    return merged;
  }

  it('gives the same figures whatever the interleaving of the case, referral and consent topics', async () => {
    const people = Array.from({ length: 6 }, (_, i) => new TestCase({ openedAt: `2026-11-${String(10 + i).padStart(2, '0')}T18:00:00.000Z`, countInStatistics: i !== 3 }));
    const [a, b, c] = people;
    if (!a || !b || !c) throw new Error('unreachable');
    const returning = new TestCase({ personId: a.personId, openedAt: '2026-11-28T18:00:00.000Z', returning: true });
    const serviceId = randomUUID();
    const caseTopic = [
      ...people.flatMap((kase, i) => [kase.opened(), kase.serviceRecorded(i % 2 ? 'interpretation' : 'accompaniment', '2026-11-20', { language: 'ht' })]),
      b.serviceRecorded('accompaniment', '2026-11-21', { serviceId }),
      b.serviceVoided(serviceId, 'accompaniment', '2026-11-22T18:00:00.000Z'),
      c.statusChanged('open', 'closed', '2026-11-24T18:00:00.000Z'),
      c.closed('resolved', '2026-11-24T18:00:00.000Z'),
      c.intakeAttached('2026-11-26T18:00:00.000Z', 'irregular'),
      c.statusChanged('closed', 'active', '2026-11-26T18:00:00.000Z'),
      returning.opened(),
    ];
    const referralTopic = people.flatMap((kase) => {
      const referralId = randomUUID();
      return [kase.referralMade(referralId, { id: 'c0ffee00-0000-4000-8000-000000000001', name: 'Casa del Migrante' }, '2026-11-21T18:00:00.000Z'), kase.referralChanged(referralId, 'made', 'completed', '2026-11-23T18:00:00.000Z')];
    });
    const consentTopic = [b.statisticsWithdrawn('2026-11-25T18:00:00.000Z'), c.erased('2026-11-27T18:00:00.000Z')];
    const figures = [];
    for (const seed of [1, 2, 3, 4, 5]) figures.push(await report(await applied(...interleave([caseTopic, referralTopic, consentTopic], seed)), november));
    for (const other of figures.slice(1)) expect(other).toEqual(figures[0]);
    // a, e and f: d was not counted, b withdrew, c was erased.
    expect(figures[0]?.tables['people-served']).toMatchObject({ total: 3 });
  });
});
