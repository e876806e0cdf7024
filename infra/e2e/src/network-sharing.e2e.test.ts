import { parse } from 'csv-parse/sync';
import { reportAggregatePublishedV1, reportSharingStatusChangedV1, TOPICS, type ServiceType } from '@corredor/contracts';
import { demoIntake } from '@corredor/platform';
import { networkTokenFor, tokenFor } from '@corredor/service-kit/testing';
import { centreFile, startPlatformProcesses, type PlatformProcesses } from './platform-processes';
import { waitUntil, type ServiceName } from './service-processes';
import { readTopic, type TopicLog } from './topic-log';

jest.setTimeout(240_000);

/**
 * Network sharing across the real processes: three centres of one network record people and
 * services in a month that has ended; two of them share that month with the network under
 * different agreements, the third shares nothing. A network analyst then sees the two side by side,
 * protected, and nothing else; the network topic carries categories and counts only.
 */

const NETWORK = 'red-corredor-mx';
/** Tapachula's other network: it shares nothing with it. */
const OTHER_NETWORK = 'alianza-sur';
const CENTRES = ['tijuana', 'tapachula', 'ciudad-juarez'] as const;
type Centre = (typeof CENTRES)[number];

/** The last place where a day ends (UTC-12): a month is over for the network once it is over there. */
const LAST_TIME_ZONE = 'Etc/GMT+12';
const dayIn = (timeZone: string, at = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);
const monthIn = (timeZone: string) => dayIn(timeZone).slice(0, 7);
function monthBefore(month: string): string {
  const previous = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 2, 1));
  return previous.toISOString().slice(0, 7);
}
function lastDayOf(month: string): string {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
}

/**
 * The month before the current one, wherever it is still earliest: over at every centre and for the
 * network, so it can be shared today without waiting (computed, never a fixed date).
 */
const CLOSED_MONTH = monthBefore(monthIn(LAST_TIME_ZONE));
/** Services are dated in the closed month (in each centre's calendar): they make it the month people were served. */
const DELIVERED_ON = `${CLOSED_MONTH}-15`;
const THIS_YEAR = Number(dayIn('UTC').slice(0, 4));

const GUIDANCE = 'labour-rights-guidance';
type Sex = 'female' | 'male';
interface Someone {
  sex: Sex;
  age: 24 | 35;
  nationality: string;
  services: ServiceType[];
}
const ageBand = (someone: Someone) => (someone.age === 24 ? '18-29' : '30-44');
const some = (count: number, who: Omit<Someone, 'services'>, services: ServiceType[] = [GUIDANCE]): Someone[] => Array.from({ length: count }, () => ({ ...who, services }));

/**
 * Who each centre served in the closed month. Tijuana (k = 5): 12 people, two of them alone in
 * their sex and age band, 2 accompaniments and 2 job orientations. Tapachula (k = 3, rounded to 5):
 * 8 people, 2 Hondurans and 2 Salvadorans, 2 accompaniments and 1 job orientation. Ciudad Juárez: 3
 * people, shared with no one.
 */
const SERVED: Record<Centre, Someone[]> = {
  tijuana: [
    ...some(4, { sex: 'female', age: 35, nationality: 'HT' }),
    ...some(1, { sex: 'female', age: 35, nationality: 'HT' }, [GUIDANCE, 'accompaniment']),
    ...some(1, { sex: 'female', age: 24, nationality: 'HT' }, [GUIDANCE, 'accompaniment']),
    ...some(4, { sex: 'male', age: 35, nationality: 'HT' }),
    ...some(1, { sex: 'male', age: 35, nationality: 'HT' }, [GUIDANCE, 'job-opportunities']),
    ...some(1, { sex: 'male', age: 24, nationality: 'HT' }, [GUIDANCE, 'job-opportunities']),
  ],
  tapachula: [
    ...some(3, { sex: 'female', age: 35, nationality: 'GT' }),
    ...some(1, { sex: 'male', age: 35, nationality: 'GT' }),
    ...some(2, { sex: 'male', age: 35, nationality: 'HN' }, [GUIDANCE, 'accompaniment']),
    ...some(1, { sex: 'male', age: 35, nationality: 'SV' }),
    ...some(1, { sex: 'male', age: 35, nationality: 'SV' }, [GUIDANCE, 'job-opportunities']),
  ],
  'ciudad-juarez': some(3, { sex: 'female', age: 35, nationality: 'MX' }),
};

/** Distinct names, so the test can look for each of them where it must not be. */
const FIRST_NAMES = [
  'Wideline', 'Nadège', 'Jocelyne', 'Fabiola', 'Yolette', 'Guerline', 'Rosemène', 'Dieunel', 'Kerby', 'Jacquelin', 'Wilner', 'Esther',
  'Anayeli', 'Xiomara', 'Yésica', 'Eulalia', 'Matilde', 'Ixchel', 'Tránsito', 'Ovidio', 'Lisandro', 'Efraín', 'Nohemí',
];

const from = `${CLOSED_MONTH}-01`;
const TIJUANA_TERMS = {
  network: NETWORK,
  indicators: [
    { indicator: 'people-served', breakdowns: [['sex'], ['sex', 'ageBand']] },
    { indicator: 'services-delivered', breakdowns: [['serviceType']] },
  ],
  from,
  periodKind: 'month',
  k: 5,
};
const TAPACHULA_TERMS = {
  network: NETWORK,
  indicators: [
    { indicator: 'people-served', breakdowns: [['sex'], ['nationality']] },
    { indicator: 'services-delivered', breakdowns: [['serviceType']] },
  ],
  from,
  periodKind: 'month',
  k: 3,
  roundTo: 5,
};

interface Rule {
  k: number;
  roundTo: number | null;
}
interface Cell {
  key: string[];
  value: number | null;
}
interface Table {
  dimensions: string[];
  cells: Cell[];
}
interface NetworkReport {
  network: string;
  period: { kind: string; label: string; from: string; to: string };
  members: Array<{ centre: string; centreName: string; status: string; agreementId: string | null; rule: Rule | null }>;
  indicators: Array<{
    indicator: string;
    centres: Array<{ centre: string; total: number | null; tables: Table[] }>;
    network: { over: string[]; rule: Rule; total: number | null; tables: Table[] } | null;
  }>;
}
interface Member {
  centre: string;
  status: string;
  agreement: { agreementId: string; rule: Rule; firstPeriod: string } | null;
}
interface Envelope {
  type: string;
  data: { centre: string; network: string; status?: string; agreement?: { agreementId: string } | null; agreementId?: string; period?: { label: string }; rule?: Rule };
}

/** The units an indicator counts at a centre, each by its categories: its people, or the services they received. */
function unitsOf(centre: Centre, indicator: string): Array<Record<string, string>> {
  const served = SERVED[centre];
  if (indicator === 'people-served') return served.map((someone) => ({ sex: someone.sex, ageBand: ageBand(someone), nationality: someone.nationality }));
  return served.flatMap((someone) => someone.services.map((type) => ({ serviceType: type })));
}

/** What the centre's own exact figures say: units in the categories of `key` (aligned with `dimensions`). */
function truth(centre: Centre, indicator: string, dimensions: readonly string[], key: readonly string[]): number {
  return unitsOf(centre, indicator).filter((unit) => dimensions.every((dimension, at) => unit[dimension] === key[at])).length;
}

/** The categories (joined keys) with at least one unit, in order. */
function categoriesOf(centre: Centre, indicator: string, dimensions: readonly string[]): string[] {
  return [...new Set(unitsOf(centre, indicator).map((unit) => dimensions.map((dimension) => unit[dimension] ?? '').join()))].sort();
}

/** A true count as a centre's rule lets it out: rounded to the base (halves up, never below it), when the rule rounds. */
function asPublished(count: number, rule: Rule): number {
  if (rule.roundTo === null || count === 0) return count;
  return Math.max(rule.roundTo, Math.floor((2 * count + rule.roundTo) / (2 * rule.roundTo)) * rule.roundTo);
}

/** Every value a set of figures publishes: the total and each cell. */
const valuesOf = (figures: { total: number | null; tables: Table[] }) => [figures.total, ...figures.tables.flatMap((table) => table.cells.map((cell) => cell.value))];
const cellOf = (tables: Table[], dimensions: string[], key: string[]) =>
  tables.find((table) => table.dimensions.join() === dimensions.join())?.cells.find((cell) => cell.key.join() === key.join());
const smallCells = (values: ReadonlyArray<number | null>, k: number) => values.filter((value) => value !== null && value >= 1 && value < k);

const figures: Record<string, number> = {};

describe('network sharing end to end: two centres share under different agreements, a network analyst sees only protected aggregates', () => {
  let platform: PlatformProcesses;
  let topic: TopicLog;
  const api: PlatformProcesses['api'] = (...args) => platform.api(...args);
  const coordinators = {} as Record<Centre, string>;
  let analyst = '';
  let otherAnalyst = '';
  /** Everything that names a person or a case, to look for where it must not be. */
  const identifiers: string[] = [];
  const agreementIds = {} as Record<'tijuana' | 'tapachula', string>;
  /** What each centre recorded: ids an analyst must not be able to follow. */
  const recorded = {} as Record<Centre, Array<{ intakeId: string; personId: string; caseId: string }>>;

  const networkFigures = async (token: string, query: string) => api('reporting', 'GET', `/v1/network-view/figures?${query}`, token);
  const envelopes = () => topic.messages().map((message) => ({ key: message.key, value: message.value, envelope: JSON.parse(message.value) as Envelope }));

  beforeAll(async () => {
    const started = Date.now();
    platform = await startPlatformProcesses({
      // A scan every half second, and a month shared the day after it ends (no waiting for late records).
      serviceEnv: { reporting: { SHARING_SCAN_INTERVAL_MS: '500', SHARING_PUBLISH_AFTER_DAYS: '0' } },
    });
    for (const id of CENTRES) await platform.apply(centreFile(id));
    figures['startup: six services ready and three centres applied (ms)'] = Date.now() - started;
    topic = await readTopic(platform.kafka.bootstrapServers, TOPICS.networkEvents);
    coordinators.tijuana = await tokenFor('tijuana', ['coordinator'], 'luis@tijuana');
    coordinators.tapachula = await tokenFor('tapachula', ['coordinator'], 'rosa@tapachula');
    coordinators['ciudad-juarez'] = await tokenFor('ciudad-juarez', ['coordinator'], 'carmen@ciudad-juarez');
    analyst = await networkTokenFor(NETWORK, ['network-analyst'], 'analista@red-corredor-mx');
    otherAnalyst = await networkTokenFor(OTHER_NETWORK, ['network-analyst'], 'analista@alianza-sur');
  });

  afterAll(async () => {
    await topic?.stop();
    await platform?.stop();
    // eslint-disable-next-line no-console
    console.info(`network sharing e2e figures (closed month ${CLOSED_MONTH}):\n${Object.entries(figures).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
  });

  it("records people and services dated in the closed month; each centre's own report counts them exactly", async () => {
    const started = Date.now();
    let named = 0;
    await Promise.all(
      CENTRES.map(async (centre) => {
        const token = coordinators[centre];
        const submitted = await Promise.all(
          SERVED[centre].map(async (someone) => {
            const name = FIRST_NAMES[named++] ?? 'Sin Nombre';
            const person = { name: `${name} Pérez`, alias: name, sex: someone.sex, yearOfBirth: THIS_YEAR - someone.age, nationalities: [someone.nationality] };
            const res = await api('intake', 'POST', '/v1/intakes', token, demoIntake(person, { quiet: true }));
            expect(res.status).toBe(201);
            identifiers.push(person.name, name, res.body.id, res.body.personId);
            return { someone, intakeId: res.body.id as string, personId: res.body.personId as string };
          }),
        );
        const caseOf = await waitUntil(
          async () => {
            const res = await api('case', 'GET', '/v1/cases?limit=100', token);
            const byIntake = new Map<string, string>((res.body.items as Array<{ id: string; intakeIds: string[] }>).flatMap((c) => c.intakeIds.map((id) => [id, c.id] as const)));
            return submitted.every((s) => byIntake.has(s.intakeId)) ? byIntake : undefined;
          },
          30_000,
          `${centre}: a case for each of its ${submitted.length} intakes`,
        );
        recorded[centre] = submitted.map(({ intakeId, personId }) => ({ intakeId, personId, caseId: caseOf.get(intakeId) ?? '' }));
        await Promise.all(
          submitted.map(async ({ someone, intakeId }) => {
            const kase = caseOf.get(intakeId) ?? '';
            identifiers.push(kase);
            for (const type of someone.services) {
              const details = type === 'accompaniment' ? { accompaniment: { office: 'conciliation-centre', procedure: 'labour-complaint' } } : {};
              const res = await api('case', 'POST', `/v1/cases/${kase}/services`, token, { type, deliveredOn: DELIVERED_ON, ...details });
              expect([res.status, res.body.code]).toEqual([201, undefined]);
            }
          }),
        );
      }),
    );

    // Only once reporting holds every fact may the month be shared: a period is published once, never again.
    const exact = async (centre: Centre) =>
      waitUntil(
        async () => {
          const res = await api('reporting', 'GET', `/v1/reports/indicators?period=${CLOSED_MONTH}&indicators=people-served,services-delivered`, coordinators[centre]);
          const indicators = res.body.indicators;
          const services = SERVED[centre].flatMap((someone) => someone.services).length;
          return indicators?.['people-served']?.total === SERVED[centre].length && indicators?.['services-delivered']?.total === services ? res.body : undefined;
        },
        60_000,
        `${centre}'s own report of ${CLOSED_MONTH} to count everyone`,
      );
    const [tijuana, tapachula] = await Promise.all([exact('tijuana'), exact('tapachula'), exact('ciudad-juarez')]);
    figures['intakes and services recorded to every centre report counting them (ms)'] = Date.now() - started;
    // Inside the centre, exact figures: the one person in a category is counted as one.
    expect(tijuana.suppression).toMatch(/^none/);
    expect(tijuana.indicators['people-served'].breakdowns).toMatchObject({ sex: { female: 6, male: 6 }, ageBand: { '30-44': 10, '18-29': 2 } });
    expect(tijuana.indicators['services-delivered'].breakdowns.serviceType).toEqual({ [GUIDANCE]: 12, accompaniment: 2, 'job-opportunities': 2 });
    expect(tapachula.indicators['people-served'].breakdowns.nationality).toEqual({ GT: 4, HN: 2, SV: 2 });
  });

  it("refuses agreements with bad terms (stable codes), then records each centre's own", async () => {
    const tijuana = coordinators.tijuana;
    const lowK = await api('reporting', 'POST', '/v1/sharing-agreements', tijuana, { ...TIJUANA_TERMS, k: 2 });
    expect([lowK.status, lowK.body.code]).toEqual([422, 'REPORTING.VALIDATION_FAILED']);
    expect(lowK.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.k']);
    const unknown = await api('reporting', 'POST', '/v1/sharing-agreements', tijuana, { ...TIJUANA_TERMS, indicators: [{ indicator: 'people-deported', breakdowns: [] }] });
    expect([unknown.status, unknown.body.code]).toEqual([422, 'REPORTING.UNKNOWN_INDICATOR']);
    expect(JSON.stringify(unknown.body)).not.toContain('people-deported');
    const notMember = await api('reporting', 'POST', '/v1/sharing-agreements', tijuana, { ...TIJUANA_TERMS, network: OTHER_NETWORK });
    expect([notMember.status, notMember.body.code]).toEqual([422, 'REPORTING.NOT_A_MEMBER']);
    // A partner's identity stays inside the centre.
    const byPartner = await api('reporting', 'POST', '/v1/sharing-agreements', tijuana, { ...TIJUANA_TERMS, indicators: [{ indicator: 'referrals', breakdowns: [['partner']] }] });
    expect([byPartner.status, byPartner.body.code]).toEqual([422, 'REPORTING.DIMENSION_NOT_SHAREABLE']);
    // Nothing of them was recorded.
    expect((await api('reporting', 'GET', '/v1/sharing-agreements', tijuana)).body.items).toEqual([]);

    const agreed = await api('reporting', 'POST', '/v1/sharing-agreements', tijuana, TIJUANA_TERMS);
    expect(agreed.status).toBe(201);
    expect(agreed.body).toMatchObject({ centre: 'tijuana', network: NETWORK, status: 'active', periodKind: 'month', firstPeriod: CLOSED_MONTH, rule: { k: 5, roundTo: null }, agreedBy: 'luis@tijuana' });
    agreementIds.tijuana = agreed.body.id;
    const again = await api('reporting', 'POST', '/v1/sharing-agreements', tijuana, TIJUANA_TERMS);
    expect([again.status, again.body.code]).toEqual([409, 'REPORTING.AGREEMENT_ACTIVE']);

    const tapachula = await api('reporting', 'POST', '/v1/sharing-agreements', coordinators.tapachula, TAPACHULA_TERMS);
    expect(tapachula.status).toBe(201);
    expect(tapachula.body).toMatchObject({ centre: 'tapachula', firstPeriod: CLOSED_MONTH, rule: { k: 3, roundTo: 5 } });
    agreementIds.tapachula = tapachula.body.id;
  });

  it('shows a network analyst both centres side by side, small cells withheld, network totals protected again, and the third centre as not sharing', async () => {
    const started = Date.now();
    const report = await waitUntil(
      async () => {
        const res = await networkFigures(analyst, `period=${CLOSED_MONTH}`);
        if (res.status !== 200) throw new Error(`${res.status} ${res.body?.code}`);
        const body = res.body as NetworkReport;
        const published = body.members.filter((member) => member.agreementId !== null).map((member) => member.centre);
        return published.includes('tijuana') && published.includes('tapachula') && body.members.some((member) => member.centre === 'ciudad-juarez') ? body : undefined;
      },
      60_000,
      `both centres' figures of ${CLOSED_MONTH} in the network view`,
    );
    figures['agreements recorded to both centres in the network view (ms)'] = Date.now() - started;

    expect(report.period).toEqual({ kind: 'month', label: CLOSED_MONTH, from: `${CLOSED_MONTH}-01`, to: lastDayOf(CLOSED_MONTH) });
    expect(report.members.map(({ centre, status, agreementId, rule }) => ({ centre, status, agreementId, rule }))).toEqual([
      { centre: 'ciudad-juarez', status: 'not-sharing', agreementId: null, rule: null },
      { centre: 'tapachula', status: 'sharing', agreementId: agreementIds.tapachula, rule: { k: 3, roundTo: 5 } },
      { centre: 'tijuana', status: 'sharing', agreementId: agreementIds.tijuana, rule: { k: 5, roundTo: null } },
    ]);
    expect(report.indicators.map((columns) => columns.indicator)).toEqual(['people-served', 'services-delivered']);
    const rules: Record<string, Rule> = { tijuana: { k: 5, roundTo: null }, tapachula: { k: 3, roundTo: 5 } };

    for (const columns of report.indicators) {
      // Side by side: the two sharing centres, and nothing of the third.
      expect(columns.centres.map((published) => published.centre)).toEqual(['tapachula', 'tijuana']);
      for (const published of columns.centres) {
        const centre = published.centre as 'tijuana' | 'tapachula';
        const rule = rules[centre] ?? { k: 5, roundTo: null };
        // No published count from 1 to k-1, and every published count is the centre's true one (rounded if its rule rounds).
        expect(smallCells(valuesOf(published), rule.k)).toEqual([]);
        if (published.total !== null) expect(published.total).toBe(asPublished(truth(centre, columns.indicator, [], []), rule));
        for (const table of published.tables) {
          // Every category the centre counted is listed (withheld or not): a cell left out is a true zero.
          expect(table.cells.map((cell) => cell.key.join()).sort()).toEqual(categoriesOf(centre, columns.indicator, table.dimensions));
          for (const cell of table.cells) {
            const expected = cell.value === null ? null : asPublished(truth(centre, columns.indicator, table.dimensions, cell.key), rule);
            expect([columns.indicator, table.dimensions, cell.key, cell.value]).toEqual([columns.indicator, table.dimensions, cell.key, expected]);
          }
        }
      }
      const network = columns.network;
      expect(network).not.toBeNull();
      // Protected again under the strictest rule of the two (Tijuana's k, Tapachula's rounding), over the two only.
      expect(network?.over.sort()).toEqual(['tapachula', 'tijuana']);
      expect(network?.rule).toEqual({ k: 5, roundTo: 5 });
      expect(smallCells(network ? valuesOf(network) : [], 5)).toEqual([]);
      expect(network?.tables.every((table) => table.cells.every((cell) => cell.value === null || cell.value % 5 === 0))).toBe(true);
    }

    const [people, services] = report.indicators;
    const tijuanaPeople = people?.centres.find((c) => c.centre === 'tijuana');
    const tapachulaPeople = people?.centres.find((c) => c.centre === 'tapachula');
    // Tijuana (k = 5): 12 people published; the one woman and the one man aged 18-29 withheld.
    expect(tijuanaPeople?.total).toBe(12);
    expect(cellOf(tijuanaPeople?.tables ?? [], ['sex', 'ageBand'], ['female', '18-29'])?.value).toBeNull();
    expect(cellOf(tijuanaPeople?.tables ?? [], ['sex', 'ageBand'], ['male', '18-29'])?.value).toBeNull();
    // Tapachula (k = 3, rounded to 5): 8 people published as 10; two Hondurans and two Salvadorans withheld.
    expect(tapachulaPeople?.total).toBe(10);
    expect(cellOf(tapachulaPeople?.tables ?? [], ['nationality'], ['HN'])?.value).toBeNull();
    expect(cellOf(tapachulaPeople?.tables ?? [], ['nationality'], ['SV'])?.value).toBeNull();
    // The network: 22 people (Ciudad Juárez's 3 are not in it) rounded to 20; only the table both centres share.
    expect(people?.network?.total).toBe(20);
    expect(people?.network?.tables.map((table) => table.dimensions)).toEqual([['sex']]);
    // 6 + 5 women (Tapachula's 3 published as 5): 11, rounded to 10.
    expect(cellOf(people?.network?.tables ?? [], ['sex'], ['female'])?.value).toBe(10);
    for (const table of services?.centres.flatMap((c) => c.tables) ?? []) {
      expect(cellOf([table], ['serviceType'], ['accompaniment'])?.value).toBeNull();
      expect(cellOf([table], ['serviceType'], ['job-opportunities'])?.value).toBeNull();
    }
    // Services: Tijuana's 16 and Tapachula's 11 (published as 10), 26 rounded to 25; withheld in the network where a centre withheld.
    expect(services?.network?.total).toBe(25);
    expect(cellOf(services?.network?.tables ?? [], ['serviceType'], ['accompaniment'])?.value).toBeNull();
    expect(cellOf(services?.network?.tables ?? [], ['serviceType'], ['job-opportunities'])?.value).toBeNull();

    // The members list: who shares under which agreement, and who shares nothing.
    const members = await api('reporting', 'GET', '/v1/network-view/centres', analyst);
    expect(members.status).toBe(200);
    expect(
      (members.body.items as Member[]).map((member) => [member.centre, member.status, member.agreement?.agreementId ?? null, member.agreement?.rule ?? null, member.agreement?.firstPeriod ?? null]),
    ).toEqual([
      ['ciudad-juarez', 'not-sharing', null, null, null],
      ['tapachula', 'sharing', agreementIds.tapachula, { k: 3, roundTo: 5 }, CLOSED_MONTH],
      ['tijuana', 'sharing', agreementIds.tijuana, { k: 5, roundTo: null }, CLOSED_MONTH],
    ]);
    const juarez = await api('reporting', 'GET', '/v1/network-view/centres/ciudad-juarez', analyst);
    expect(juarez.body).toMatchObject({ centre: 'ciudad-juarez', status: 'not-sharing', agreement: null, periods: [] });
  });

  it('exports the network view as CSV (BOM, header block with the rules) that parses back', async () => {
    const res = await fetch(`${platform.serviceUrls.reporting}/v1/network-view/figures?period=${CLOSED_MONTH}&format=csv`, { headers: { Authorization: `Bearer ${analyst}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toContain(`${NETWORK}-${CLOSED_MONTH}.csv`);
    // The bytes as sent (fetch's text() would drop the byte order mark).
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const rows = parse(text, { bom: true, relax_column_count: true }) as string[][];
    expect(rows.slice(0, 3).map((row) => row[0])).toEqual(['network', 'period', 'generated at']);
    expect(rows[0]).toEqual(['network', NETWORK]);
    expect(rows[1]).toEqual(['period', `${CLOSED_MONTH} (${CLOSED_MONTH}-01 to ${lastDayOf(CLOSED_MONTH)})`]);
    expect(Date.parse(rows[2]?.[1] ?? '')).toBeGreaterThan(Date.parse(`${CLOSED_MONTH}-01`));
    expect(rows[3]?.[0]).toBe('suppression rule');
    expect(rows[3]?.[1]).toContain('(tapachula): k = 3, rounded to 5');
    expect(rows[3]?.[1]).toContain('(tijuana): k = 5');
    // Accents survive (UTF-8), and the centre that shares nothing is listed as such.
    expect(rows).toContainEqual(['Centro de Recursos para Trabajadores Migrantes Ciudad Juárez (ciudad-juarez)', 'not-sharing', 'none']);
    const header = rows.find((row) => row[0] === 'indicator');
    expect(header).toEqual([
      'indicator',
      'table',
      'category',
      'Centro de Recursos para Trabajadores Migrantes Tapachula (tapachula)',
      'Centro de Recursos para Trabajadores Migrantes Tijuana (tijuana)',
      'network',
    ]);
    const row = (indicator: string, table: string, category: string) => rows.find((r) => r[0] === indicator && r[1] === table && r[2] === category)?.slice(3);
    expect(row('people-served', 'total', '')).toEqual(['10', '12', '20']);
    // Withheld: x; a table Tapachula does not share: blank.
    expect(row('people-served', 'sex × ageBand', 'female × 18-29')).toEqual(['', 'x', '']);
    expect(row('people-served', 'nationality', 'HN')).toEqual(['x', '', '']);
    expect(row('services-delivered', 'serviceType', 'accompaniment')).toEqual(['x', 'x', 'x']);
  });

  it('keeps a network analyst out of every in-centre report and every person (403, stable code)', async () => {
    const { intakeId, personId, caseId } = recorded.tijuana[0] ?? { intakeId: '', personId: '', caseId: '' };
    const refused: Array<[ServiceName, string]> = [
      ['reporting', `/v1/reports/indicators?period=${CLOSED_MONTH}`],
      ['reporting', '/v1/reports/people-served'],
      ['reporting', '/v1/sharing-agreements'],
      ['intake', `/v1/people/${personId}`],
      ['intake', `/v1/intakes/${intakeId}`],
      ['case', '/v1/cases'],
      ['case', `/v1/cases/${caseId}`],
    ];
    for (const [service, path] of refused) {
      const res = await api(service, 'GET', path, analyst);
      expect([service, path, res.status, res.body.code]).toEqual([service, path, 403, 'AUTH.FORBIDDEN']);
      expect(res.body.total).toBeUndefined();
    }
    // Nor do a centre's staff or the platform's operators read the network's figures.
    expect((await networkFigures(coordinators.tijuana, `period=${CLOSED_MONTH}`)).body.code).toBe('AUTH.FORBIDDEN');
    expect((await networkFigures(await networkTokenFor(NETWORK, ['operator']), `period=${CLOSED_MONTH}`)).body.code).toBe('AUTH.FORBIDDEN');
  });

  it('answers bad questions with stable codes, and another network sees nothing of these agreements', async () => {
    const unknown = await networkFigures(analyst, `period=${CLOSED_MONTH}&indicator=people-deported`);
    expect([unknown.status, unknown.body.code]).toEqual([422, 'REPORTING.UNKNOWN_INDICATOR']);
    const open = await networkFigures(analyst, `period=${monthIn(LAST_TIME_ZONE)}`);
    expect([open.status, open.body.code]).toEqual([422, 'REPORTING.PERIOD_NOT_CLOSED']);
    // Only months, quarters and years leave a centre: a week or a range is not a question the network can ask.
    const week = await networkFigures(analyst, `period=${CLOSED_MONTH.slice(0, 4)}-W10`);
    expect([week.status, week.body.code, week.body.errors?.[0]?.field]).toEqual([422, 'REPORTING.VALIDATION_FAILED', 'query.period']);

    // Tijuana is not in the other network; Tapachula is, and shares nothing with it.
    const notMember = await api('reporting', 'GET', '/v1/network-view/centres/tijuana', otherAnalyst);
    expect([notMember.status, notMember.body.code]).toEqual([404, 'REPORTING.CENTRE_NOT_IN_NETWORK']);
    const unknownCentre = await api('reporting', 'GET', '/v1/network-view/centres/monterrey', analyst);
    expect([unknownCentre.status, unknownCentre.body.code]).toEqual([404, 'REPORTING.CENTRE_NOT_IN_NETWORK']);
    const other = await waitUntil(
      async () => {
        const res = await networkFigures(otherAnalyst, `period=${CLOSED_MONTH}`);
        return res.body.members?.length === 1 ? (res.body as NetworkReport) : undefined;
      },
      30_000,
      `${OTHER_NETWORK}'s members`,
    );
    expect(other.members).toEqual([expect.objectContaining({ centre: 'tapachula', status: 'not-sharing', agreementId: null })]);
    expect(other.indicators).toEqual([]);
  });

  it('revoking stops the sharing: the centre is listed as not sharing, its status goes out on the topic, and no period is published for it again', async () => {
    // The period rule itself (periods that ended before the revocation still go out, the one it
    // falls in and later never) is proved with a controlled clock in services/reporting:
    // aggregate-publishing/sharing.scanner.unit.test.ts ("stops at a revocation ...", "publishes a
    // later agreement from its first period on ..."). Here, on the real processes, the current
    // month has not ended, so what shows is that it is never published and cannot be re-shared.
    const tapachulaMonth = monthIn('America/Mexico_City');
    const started = Date.now();
    const revoked = await api('reporting', 'POST', `/v1/sharing-agreements/${agreementIds.tapachula}/revocation`, coordinators.tapachula, {});
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revokedBy: 'rosa@tapachula' });

    const listed = await waitUntil(
      async () => {
        const res = await api('reporting', 'GET', '/v1/network-view/centres/tapachula', analyst);
        return res.body.status === 'not-sharing' ? res.body : undefined;
      },
      30_000,
      'Tapachula listed as no longer sharing',
    );
    figures['revocation to the centre listed as not sharing (ms)'] = Date.now() - started;
    expect(listed.agreement).toBeNull();
    // What it published before stays; the month under way is not among it.
    expect(listed.periods.map((period: { label: string }) => period.label)).toContain(CLOSED_MONTH);
    expect(listed.periods.map((period: { label: string }) => period.label)).not.toContain(tapachulaMonth);
    const before = (await networkFigures(analyst, `period=${CLOSED_MONTH}`)).body as NetworkReport;
    expect(before.members.find((member) => member.centre === 'tapachula')).toMatchObject({ status: 'not-sharing', agreementId: agreementIds.tapachula });

    // A new agreement from the same day cannot share the closed month again: it starts with the month under way.
    const renewed = await api('reporting', 'POST', '/v1/sharing-agreements', coordinators.tapachula, { ...TAPACHULA_TERMS, k: 5 });
    expect(renewed.status).toBe(201);
    expect(renewed.body.firstPeriod).toBe(tapachulaMonth);
    await waitUntil(
      async () => {
        const res = await api('reporting', 'GET', '/v1/network-view/centres/tapachula', analyst);
        return res.body.agreement?.agreementId === renewed.body.id ? true : undefined;
      },
      30_000,
      "Tapachula's new agreement in the network view",
    );
    figures['revocation to the new agreement in the network view (ms)'] = Date.now() - started;

    // On the topic: sharing, not sharing, sharing again; and the closed month published once, under the first agreement.
    const statuses = await waitUntil(
      async () => {
        const mine = envelopes().filter(({ key, envelope }) => key === `${NETWORK}/tapachula` && envelope.type === reportSharingStatusChangedV1.type);
        return mine.some(({ envelope }) => envelope.data.agreement?.agreementId === renewed.body.id) ? mine : undefined;
      },
      30_000,
      "Tapachula's statuses on the network topic",
    );
    figures['revocation to the new status read from the topic by the test (ms)'] = Date.now() - started;
    const sequence = statuses.map(({ envelope }) => [envelope.data.status, envelope.data.agreement?.agreementId ?? null]);
    const firstSharing = sequence.findIndex(([status]) => status === 'sharing');
    expect(sequence.slice(firstSharing)).toEqual([
      ['sharing', agreementIds.tapachula],
      ['not-sharing', null],
      ['sharing', renewed.body.id],
    ]);
    const published = envelopes().filter(({ envelope }) => envelope.type === reportAggregatePublishedV1.type && envelope.data.centre === 'tapachula');
    expect(published.map(({ envelope }) => [envelope.data.period?.label, envelope.data.agreementId])).toContainEqual([CLOSED_MONTH, agreementIds.tapachula]);
    expect(published.filter(({ envelope }) => envelope.data.period?.label === CLOSED_MONTH)).toHaveLength(1);
    expect(published.filter(({ envelope }) => envelope.data.period?.label === tapachulaMonth)).toEqual([]);
    const after = (await networkFigures(analyst, `period=${CLOSED_MONTH}`)).body as NetworkReport;
    expect(after.indicators).toEqual(before.indicators);
  });

  it("rebuilds reporting's projection from the Kafka log on an operator's command, and every centre's report reads the same after", async () => {
    const operator = await networkTokenFor(NETWORK, ['operator'], 'ops@red-corredor-mx');
    const questions = [`period=${CLOSED_MONTH}`, `period=${CLOSED_MONTH.slice(0, 4)}`, `from=${CLOSED_MONTH}-10&to=${lastDayOf(CLOSED_MONTH)}`];
    const reports = async () => {
      const all: Record<string, unknown> = {};
      for (const centre of CENTRES) {
        for (const question of questions) {
          const res = await api('reporting', 'GET', `/v1/reports/indicators?${question}`, coordinators[centre]);
          expect(res.status).toBe(200);
          const { generatedAt: _generatedAt, ...report } = res.body;
          all[`${centre} ${question}`] = report;
        }
      }
      return all;
    };
    const before = await reports();
    expect((await api('reporting', 'GET', '/v1/projection', operator)).body).toEqual({ generation: 'g1', rebuild: null });

    const started = Date.now();
    const begun = await api('reporting', 'POST', '/v1/projection/rebuilds', operator, {});
    expect([begun.status, begun.body.generation, begun.body.replacing]).toEqual([202, 'g2', 'g1']);
    const done = await waitUntil(
      async () => {
        const res = await api('reporting', 'GET', '/v1/projection', operator);
        const status = res.body.rebuild?.status;
        if (status === 'failed' || status === 'abandoned') throw new Error(`rebuild ${status}: ${res.body.rebuild?.failure}`);
        return status === 'done' ? res.body : undefined;
      },
      60_000,
      'the rebuild to finish',
    );
    figures['rebuild from the Kafka log, start to done (ms)'] = Date.now() - started;
    expect(done.generation).toBe('g2');
    // Everything the topics held was read; what reporting does not record is counted as ignored, nothing was invalid.
    expect(done.rebuild.progress).toMatchObject({ read: done.rebuild.progress.total, invalid: 0, secondsLeft: 0 });
    expect(done.rebuild.progress.applied).toBeGreaterThan(0);
    expect(await reports()).toEqual(before);
    // Staff cannot start one.
    expect((await api('reporting', 'POST', '/v1/projection/rebuilds', coordinators.tijuana, {})).body.code).toBe('AUTH.FORBIDDEN');
  });

  it('carries only categories and counts on the network topic: no person, case or name, no count from 1 to k-1', async () => {
    const messages = envelopes();
    const aggregates = messages.filter(({ envelope }) => envelope.type === reportAggregatePublishedV1.type);
    expect(new Set(messages.map(({ envelope }) => envelope.type))).toEqual(new Set([reportSharingStatusChangedV1.type, reportAggregatePublishedV1.type]));
    // Published by the two sharing centres only, to their network only, each month once.
    const published = aggregates.map(({ envelope }) => `${envelope.data.network}/${envelope.data.centre}/${envelope.data.period?.label}`);
    expect(published).toEqual(expect.arrayContaining([`${NETWORK}/tijuana/${CLOSED_MONTH}`, `${NETWORK}/tapachula/${CLOSED_MONTH}`]));
    expect(new Set(published).size).toBe(published.length);
    expect(aggregates.every(({ envelope }) => envelope.data.network === NETWORK && ['tijuana', 'tapachula'].includes(envelope.data.centre))).toBe(true);
    // The juarez centre is announced, as not sharing, in every status it has.
    const juarez = messages.filter(({ envelope }) => envelope.data.centre === 'ciudad-juarez');
    expect(juarez.length).toBeGreaterThan(0);
    expect(juarez.every(({ envelope }) => envelope.type === reportSharingStatusChangedV1.type && envelope.data.status === 'not-sharing')).toBe(true);

    for (const { key, value, envelope } of aggregates) {
      expect(key).toBe(`${envelope.data.network}/${envelope.data.centre}`);
      // The contract is strict: categories, counts and the rule, and nothing besides.
      const parsed = reportAggregatePublishedV1.schema.safeParse(envelope.data);
      expect(parsed.success).toBe(true);
      if (!parsed.success) continue;
      const k = parsed.data.rule.k;
      for (const shared of parsed.data.indicators) expect([shared.indicator, smallCells(valuesOf(shared), k)]).toEqual([shared.indicator, []]);
      expect(value).not.toMatch(/"(personId|caseId|intakeId|name|alias)"/);
    }
    // Nothing that names a person, a case or a staff member, in any message of the topic.
    // Each person's name, alias, intake id and person id, and their case's id.
    expect(identifiers).toHaveLength(5 * CENTRES.reduce((sum, centre) => sum + SERVED[centre].length, 0));
    const everything = messages.map(({ value }) => value).join('\n');
    const found = [...identifiers, 'luis@tijuana', 'rosa@tapachula'].filter((identifier) => identifier !== '' && everything.includes(identifier));
    expect(found).toEqual([]);
  });
});
