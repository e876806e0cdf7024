import { randomBytes } from 'node:crypto';
import type { MockKafka } from '@corredor/kafka-mock';
import { demoIntake } from '@corredor/platform';
import { tokenFor } from '@corredor/service-kit/testing';
import { startOtlpReceiver, type ReceivedSpan } from './otlp-receiver';
import { centreFile, startPlatformProcesses, type PlatformProcesses } from './platform-processes';
import { waitUntil, type ServiceName, type ServiceProcess } from './service-processes';

jest.setTimeout(240_000);

/** A person with nothing flagged at the interview (the example's trafficking indicator removed). */
const intake = (alias: string, person: object = {}) => demoIntake({ name: alias, alias, ...person }, { quiet: true });

/** The Tijuana centre's calendar day now: services are dated in the centre's calendar. */
const tijuanaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Tijuana' }).format(new Date());

/** Figures measured along the way, printed at the end for the team's notes. */
const figures: Record<string, number> = {};

describe('Corredor end to end: six processes over the Kafka protocol', () => {
  let kafka: MockKafka;
  let otlp: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let services = {} as Record<ServiceName, ServiceProcess>;
  const tokens: Record<string, string> = {};

  let platform: PlatformProcesses;
  const api: PlatformProcesses['api'] = (...args) => platform.api(...args);

  const readiness = async (service: ServiceName) =>
    (await fetch(`${services[service].url}/readyz`).then((r) => r.json())) as { status: string; checks: Record<string, string> };
  const peopleServed = async (centre: string) => (await api('reporting', 'GET', '/v1/reports/people-served', tokens[centre] ?? '')).body.total as number;
  const caseCount = async (centre: string) => (await api('case', 'GET', '/v1/cases?limit=100', tokens[centre] ?? '')).body.items.length as number;
  const untilCount = (what: string, probe: () => Promise<number>, expected: number, timeoutMs = 30_000) =>
    waitUntil(async () => ((await probe()) === expected ? true : undefined), timeoutMs, `${what} = ${expected}`);

  beforeAll(async () => {
    const started = Date.now();
    otlp = await startOtlpReceiver();
    platform = await startPlatformProcesses({ env: { OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url, OTEL_BSP_SCHEDULE_DELAY: '200', TASK_SCAN_INTERVAL_MS: '500' } });
    ({ kafka, services } = platform);
    figures['startup: six services ready (ms)'] = Date.now() - started;
    // The two centres exist only once an operator brought them up.
    for (const id of ['tijuana', 'tapachula']) await platform.apply(centreFile(id));
    figures['startup: two centres applied (ms)'] = Date.now() - started;
    tokens['tijuana'] = await tokenFor('tijuana', ['coordinator'], 'luis@tijuana');
    tokens['tapachula'] = await tokenFor('tapachula', ['coordinator'], 'rosa@tapachula');
  });

  afterAll(async () => {
    await Promise.all(Object.values(services).map((s) => s.terminate()));
    await kafka?.stop();
    await otlp?.stop();
    // eslint-disable-next-line no-console
    console.info(`e2e figures:\n${Object.entries(figures).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
  });

  it('takes an intake through case, report, notification and referral, and keeps two centres apart', async () => {
    const started = Date.now();
    const marie = await api('intake', 'POST', '/v1/intakes', tokens['tijuana'] ?? '', intake('Marie'));
    expect(marie.status).toBe(201);
    const jean = await api('intake', 'POST', '/v1/intakes', tokens['tijuana'] ?? '', intake('Jean', { sex: 'male' }));
    const ana = await api('intake', 'POST', '/v1/intakes', tokens['tapachula'] ?? '', intake('Ana', { nationalities: ['GT'], languages: ['mam', 'es'], preferredLanguage: 'mam' }));
    expect([jean.status, ana.status]).toEqual([201, 201]);

    await untilCount('tijuana people served', () => peopleServed('tijuana'), 2);
    figures['intake POST to report updated (ms)'] = Date.now() - started;

    const cases = await api('case', 'GET', '/v1/cases', tokens['tijuana'] ?? '');
    expect(cases.body.items).toHaveLength(2);
    expect(cases.body.items.map((c: { status: string; priority: string }) => [c.status, c.priority])).toEqual([['open', 'normal'], ['open', 'normal']]);
    expect(cases.body.items.flatMap((c: { intakeIds: string[] }) => c.intakeIds).sort()).toEqual([marie.body.id, jean.body.id].sort());

    const report = await api('reporting', 'GET', '/v1/reports/people-served', tokens['tijuana'] ?? '');
    expect(report.body).toMatchObject({ centre: 'tijuana', total: 2, bySex: { female: 1, male: 1 }, byNationality: { HT: 2 } });

    const notifications = await waitUntil(async () => {
      const res = await api('notification', 'GET', '/v1/notifications', tokens['tijuana'] ?? '');
      return res.body.items.length === 2 ? res.body.items : undefined;
    }, 30_000, 'two notifications');
    // In the centre's main language (Tijuana's file lists es first).
    expect(notifications.map((n: { title: string; language: string }) => [n.title, n.language])).toEqual([['Nuevo caso', 'es'], ['Nuevo caso', 'es']]);

    // The referral service learnt of the case from case.opened: it can be referred.
    const caseId: string = cases.body.items.find((c: { intakeIds: string[] }) => c.intakeIds.includes(marie.body.id)).id;
    const partner = await api('referral', 'POST', '/v1/partners', tokens['tijuana'] ?? '', { name: 'Casa del Migrante', services: ['shelter'] });
    expect(partner.status).toBe(201);
    // The person agrees to their data being shared with this partner: recorded in intake, then the referral.
    const consent = await api('intake', 'POST', `/v1/people/${marie.body.personId}/consents`, tokens['tijuana'] ?? '', { purpose: 'share-with-partner', partnerId: partner.body.id });
    expect(consent.status).toBe(201);
    const referral = await waitUntil(async () => {
      const res = await api('referral', 'POST', `/v1/cases/${caseId}/referrals`, tokens['tijuana'] ?? '', { partnerId: partner.body.id, need: 'shelter' });
      return res.status === 201 ? res : undefined;
    }, 30_000, 'referral accepted');
    expect(referral.body).toMatchObject({ caseId, need: 'shelter', partner: { name: 'Casa del Migrante' }, consent: { id: consent.body.id } });

    // Tapachula sees its own and nothing of Tijuana's.
    await untilCount('tapachula people served', () => peopleServed('tapachula'), 1);
    expect(await caseCount('tapachula')).toBe(1);
    expect((await api('reporting', 'GET', '/v1/reports/people-served', tokens['tapachula'] ?? '')).body).toMatchObject({ byNationality: { GT: 1 } });
    expect((await api('case', 'GET', `/v1/cases/${caseId}`, tokens['tapachula'] ?? '')).status).toBe(404);
    expect((await api('intake', 'GET', `/v1/intakes/${marie.body.id}`, tokens['tapachula'] ?? '')).status).toBe(404);
    expect((await api('referral', 'GET', `/v1/cases/${caseId}/referrals`, tokens['tapachula'] ?? '')).status).toBe(404);
    expect((await api('notification', 'GET', '/v1/notifications', tokens['tapachula'] ?? '')).body.items).toHaveLength(1);
  });

  it('refuses an invalid intake with 422 and field errors, and nothing of it flows on', async () => {
    const before = await peopleServed('tijuana');
    // A name with a right-to-left override, a country that does not exist, and no consent to store the data.
    const invalid = await api('intake', 'POST', '/v1/intakes', tokens['tijuana'] ?? '', {
      ...intake('Ma\u202Erie', { nationalities: ['ZZ'] }),
      consents: [{ purpose: 'statistics' }],
    });
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(invalid.body.code).toBe('INTAKE.VALIDATION_FAILED');
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.consents', 'body.person.alias', 'body.person.name', 'body.person.nationalities.0']);
    // The problem names the fields, never what was typed in them.
    expect(JSON.stringify(invalid.body)).not.toContain('rie');
    // A valid intake sent after it arrives, and only it.
    expect((await api('intake', 'POST', '/v1/intakes', tokens['tijuana'] ?? '', intake('Rose'))).status).toBe(201);
    await untilCount('people served', () => peopleServed('tijuana'), before + 1);
    expect(await caseCount('tijuana')).toBe(before + 1);
  });

  it('takes a case from an intake with a trafficking indicator to a signed-off closure, and the report counts it', async () => {
    const promoter = await tokenFor('tijuana', ['promoter'], 'ana@tijuana');
    const coordinator = tokens['tijuana'] ?? '';
    const reportedBefore = await peopleServed('tijuana');

    // The interview: the employer holds the person's documents.
    const submitted = await api('intake', 'POST', '/v1/intakes', promoter, demoIntake({ name: 'Wideline Pierre', alias: 'Wideline' }), { 'Idempotency-Key': 'e2e-full-case-0001' });
    expect(submitted.status).toBe(201);
    expect(submitted.body.riskFlags).toEqual([expect.objectContaining({ screen: 'trafficking-forced-labour', flag: 'trafficking.documents-withheld', level: 'high' })]);

    // A high-priority case, and an alert for the coordinators only.
    const kase = await waitUntil(async () => {
      const res = await api('case', 'GET', '/v1/cases?priority=high&flag=trafficking-forced-labour', coordinator);
      return res.body.items.find((c: { intakeIds: string[] }) => c.intakeIds.includes(submitted.body.id));
    }, 30_000, 'a high-priority case for the intake');
    expect(kase).toMatchObject({ alias: 'Wideline', status: 'open', priority: 'high', riskFlags: [{ flag: 'trafficking.documents-withheld', level: 'high' }] });
    const alert = await waitUntil(async () => {
      const res = await api('notification', 'GET', '/v1/notifications', coordinator);
      return res.body.items.find((n: { kind: string; caseId: string }) => n.kind === 'case.high-risk' && n.caseId === kase.id);
    }, 30_000, "the coordinators' high-risk alert");
    expect(alert).toMatchObject({ title: 'Caso de alto riesgo', priority: 'high' });
    const promotersView = await api('notification', 'GET', '/v1/notifications', promoter);
    expect(promotersView.body.items.some((n: { kind: string }) => n.kind === 'case.high-risk')).toBe(false);
    expect(JSON.stringify(alert)).not.toContain('Wideline');

    // Services delivered: the first one makes the case active.
    const caseUrl = `/v1/cases/${kase.id}`;
    const guidance = await api('case', 'POST', `${caseUrl}/services`, promoter, { type: 'labour-rights-guidance', deliveredOn: tijuanaToday(), language: 'ht', durationMinutes: 45 });
    expect(guidance.status).toBe(201);
    const accompaniment = await api('case', 'POST', `${caseUrl}/services`, promoter, {
      type: 'accompaniment',
      deliveredOn: tijuanaToday(),
      accompaniment: { office: 'conciliation-centre', procedure: 'labour-complaint' },
    });
    expect(accompaniment.status).toBe(201);
    await waitUntil(async () => ((await api('case', 'GET', caseUrl, promoter)).body.status === 'active' ? true : undefined), 30_000, 'the case active');

    // A labour-justice claim: filed, agreed, and what the person actually received.
    const lawyer = await tokenFor('tijuana', ['lawyer'], 'beto@tijuana');
    const claim = await api('case', 'POST', `${caseUrl}/labour-claims`, lawyer, {
      employer: 'Constructora del Pacífico',
      claimType: 'document-retention',
      authority: 'conciliation-centre',
      currency: 'MXN',
      amounts: { claimed: '15500.50' },
    });
    expect(claim.status).toBe(201);
    const claimUrl = `${caseUrl}/labour-claims/${claim.body.id}`;
    let version: number = claim.body.version;
    for (const change of [{ status: 'conciliation-filed', dates: { conciliationFiledOn: tijuanaToday() } }, { status: 'in-conciliation' }, { status: 'agreement', amounts: { agreed: '12000' } }, { status: 'paid', amounts: { received: '12000' } }]) {
      const res = await api('case', 'PATCH', claimUrl, lawyer, { expectedVersion: version, ...change });
      expect([res.status, res.body.code]).toEqual([200, undefined]);
      version = res.body.version;
    }
    expect((await api('case', 'GET', claimUrl, lawyer)).body).toMatchObject({ status: 'paid', currency: 'MXN', amounts: { claimed: '15500.50', agreed: '12000.00', received: '12000.00' } });

    // A follow-up due today for the promoter: the due scan announces it once, to them.
    const task = await api('case', 'POST', `${caseUrl}/tasks`, coordinator, { kind: 'call-back', title: 'Llamar a Wideline por el pago', due: { dueOn: tijuanaToday() }, assignee: 'ana@tijuana' });
    expect(task.status).toBe(201);
    const reminder = await waitUntil(async () => {
      const res = await api('notification', 'GET', '/v1/notifications', promoter);
      return res.body.items.find((n: { kind: string; caseId: string }) => n.kind === 'case.task-due' && n.caseId === kase.id);
    }, 30_000, "the promoter's task reminder");
    expect(JSON.stringify(reminder)).not.toContain('Llamar');
    expect((await api('case', 'POST', `/v1/tasks/${task.body.id}/complete`, promoter, {})).status).toBe(200);

    // Closing a high-risk case: the promoter asks, the coordinator signs off.
    const current = (await api('case', 'GET', caseUrl, promoter)).body;
    const asked = await api('case', 'POST', `${caseUrl}/close`, promoter, { outcome: 'resolved', expectedVersion: current.version });
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ status: current.status, pendingClosure: { outcome: 'resolved', requestedBy: 'ana@tijuana' } });
    await waitUntil(async () => {
      const res = await api('notification', 'GET', '/v1/notifications', coordinator);
      return res.body.items.find((n: { kind: string; caseId: string }) => n.kind === 'case.closure-requested' && n.caseId === kase.id);
    }, 30_000, 'the coordinators told a sign-off is waiting');
    const interpreter = await tokenFor('tijuana', ['interpreter']);
    expect((await api('case', 'POST', `${caseUrl}/closure/sign-off`, interpreter, { expectedVersion: asked.body.version })).status).toBe(403);
    const signed = await api('case', 'POST', `${caseUrl}/closure/sign-off`, coordinator, { expectedVersion: asked.body.version });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'closed', closure: { outcome: 'resolved', signedOffBy: 'luis@tijuana' } });

    // The timeline tells the whole story, newest first.
    const timeline = await api('case', 'GET', `${caseUrl}/timeline?limit=100`, coordinator);
    const kinds = new Set(timeline.body.items.map((e: { kind: string }) => e.kind));
    expect([...kinds].sort()).toEqual(['labour-claim', 'service', 'status', 'task']);
    const times = timeline.body.items.map((e: { at: string }) => e.at);
    expect(times).toEqual([...times].sort().reverse());

    // Tapachula sees none of it.
    const tapachula = tokens['tapachula'] ?? '';
    for (const path of [caseUrl, `${caseUrl}/timeline`, `${caseUrl}/services`, claimUrl]) expect((await api('case', 'GET', path, tapachula)).status).toBe(404);
    expect((await api('intake', 'GET', `/v1/intakes/${submitted.body.id}`, tapachula)).status).toBe(404);

    // The report counts the person.
    await untilCount('tijuana people served', () => peopleServed('tijuana'), reportedBefore + 1);
  });

  it('runs one trace from POST /v1/intakes through Kafka into the case and reporting consumers', async () => {
    const traceId = randomBytes(16).toString('hex');
    const traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
    expect((await api('intake', 'POST', '/v1/intakes', tokens['tijuana'] ?? '', intake('Paul'), { traceparent })).status).toBe(201);
    const spans = await waitUntil(async () => {
      const inTrace = otlp.spans.filter((s) => s.traceId === traceId);
      const seen = new Set(inTrace.map((s) => `${s.service} ${s.name}`));
      const expected = ['corredor-case intake.submitted process', 'corredor-reporting case.opened process', 'corredor-notification case.opened process'];
      return inTrace.some((s) => s.service === 'corredor-intake') && expected.every((e) => seen.has(e)) ? inTrace : undefined;
    }, 30_000, 'spans of the trace from four services');
    const byService = (service: string) => spans.filter((s: ReceivedSpan) => s.service === service).map((s) => s.name);
    expect(byService('corredor-case')).toContain('intake.submitted process');
    expect(byService('corredor-reporting')).toContain('case.opened process');
    // No span name carries the alias.
    expect(JSON.stringify(spans)).not.toContain('Paul');
  });

  it('accepts intakes while the broker is down, and each reaches the report exactly once when it is back', async () => {
    const before = await peopleServed('tijuana');
    await kafka.setDown();
    const accepted: string[] = [];
    for (const alias of ['Esther', 'Wilner', 'Nadège']) {
      const res = await api('intake', 'POST', '/v1/intakes', tokens['tijuana'] ?? '', intake(alias));
      expect(res.status).toBe(201);
      accepted.push(res.body.id);
    }
    // Kept: readable while the broker is away.
    for (const id of accepted) expect((await api('intake', 'GET', `/v1/intakes/${id}`, tokens['tijuana'] ?? '')).status).toBe(200);
    const duringOutage = await waitUntil(async () => {
      const body = await readiness('intake');
      return body.checks['broker'] === 'down' ? body : undefined;
    }, 15_000, 'intake readiness to see the broker down');
    expect(duringOutage.status).toBe('degraded');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await peopleServed('tijuana')).toBe(before);

    const upAt = Date.now();
    await kafka.setUp();
    await untilCount('people served after the outage', () => peopleServed('tijuana'), before + 3, 90_000);
    figures['broker back to all outage intakes reported (ms)'] = Date.now() - upAt;
    // Exactly once: nothing more arrives later (relay retries and redeliveries are de-duplicated).
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await peopleServed('tijuana')).toBe(before + 3);
    expect(await caseCount('tijuana')).toBe(before + 3);
  });

  it('stops gracefully on SIGTERM (exit 0)', async () => {
    const codes = await Promise.all(Object.values(services).map((s) => s.terminate()));
    expect(codes).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
