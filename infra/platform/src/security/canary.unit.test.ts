import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { caseOpenedV2, createEvent, DATA_ENCRYPTION, TOPICS } from '@corredor/contracts';
import { createLogger, type AppDeps } from '@corredor/service-kit';
import request from 'supertest';
import { demoIntake } from '../demo-intake';
import { probePlatform, type ProbedService } from './probe-platform';

/**
 * Issue 10, item 6: unique markers in every personal field we send, through success and failure
 * paths; they must never reach logs, spans, error bodies, dead letters, or the events reporting and
 * notification consume.
 *
 * Spans: the consumers' and the relay's spans (made with @opentelemetry/api) are captured here. The
 * http and express instrumentation patch node's modules through require hooks that jest's module
 * loader bypasses, so incoming-request spans are not captured in this test.
 */

/**
 * Topics where a marker may still appear in clear. Empty: intake.submitted, which carries the
 * alias, is sealed under the centre's data key (`dataencryption: corredor-cx1`), so the intake
 * topic must hold no marker at all, the alias included.
 */
const TOPICS_WITH_ALIAS_IN_CLEAR: readonly string[] = [];

const markers = new Map<string, string>();
/** A marker for one field: letters and digits only, so it passes the strictest field (passport number). */
function mark(field: string): string {
  const value = `CNY${field.toUpperCase().replace(/[^A-Z]/g, '').slice(0, 4)}${randomBytes(4).toString('hex').toUpperCase()}`;
  markers.set(field, value);
  return value;
}
const found = (text: string, except: readonly string[] = []) =>
  [...markers].filter(([field, value]) => !except.includes(field) && text.toUpperCase().includes(value)).map(([field]) => field);

const logLines: string[] = [];
const spans = new InMemorySpanExporter();
const errorBodies: string[] = [];

function memoryLogger(service: ProbedService) {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  return createLogger(`corredor-${service}`, 'trace', stream);
}

beforeAll(() => {
  trace.setGlobalTracerProvider(new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter: spans })] }));
});

function intakeWithMarkers() {
  const base = demoIntake({
    name: `${mark('name')} Joseph`,
    alias: mark('alias'),
    genderIdentity: 'self-described',
    genderSelfDescribed: mark('gender'),
    contactChannels: [{ channel: 'email', value: `${mark('email').toLowerCase()}@example.org` }],
    identityDocuments: [
      { type: 'passport', number: mark('passport'), issuingCountry: 'HT' },
      { type: 'other-id', number: 'X1234567', description: mark('document description') },
    ],
  });
  const interview = base['interview'] as { work: Record<string, unknown> };
  return { ...base, interview: { ...interview, work: { ...interview.work, employerName: mark('employer') } } };
}

async function platformWithCapture(deps?: (service: ProbedService, deps: AppDeps) => AppDeps) {
  return probePlatform({ logger: memoryLogger, ...(deps ? { deps } : {}) });
}

const keep = <R extends { status: number; text: string }>(res: R): R => {
  if (res.status >= 400) errorBodies.push(res.text);
  return res;
};

describe('canaries in every personal field', () => {
  let deadLetters = '';
  /** `partition/offset` on the case topic of the broken messages this test published, and of each dead letter's original. */
  let injected = { aliasInData: '', unknownAttribute: '', malformed: '' };
  let deadLetteredPositions: string[] = [];
  const eventsByTopic = new Map<string, string>();

  beforeAll(async () => {
    const platform = await platformWithCapture();
    const { apps } = platform;
    const promoter = await platform.bearer('tijuana', 'promoter');
    const lawyer = await platform.bearer('tijuana', 'lawyer');
    const coordinator = await platform.bearer('tijuana', 'coordinator');
    const http = (service: ProbedService) => request(apps[service].app);

    // Success: the interview, then case work on the case it opened.
    const submitted = keep(await http('intake').post('/v1/intakes').set('Authorization', promoter).set('Idempotency-Key', 'canary-key-0001').send(intakeWithMarkers()));
    expect({ status: submitted.status, errors: submitted.body.errors }).toEqual({ status: 201, errors: undefined });
    await platform.settle();
    const kase = (await http('case').get('/v1/cases').set('Authorization', promoter)).body.items[0] as { id: string };
    const on = `/v1/cases/${kase.id}`;
    const succeeded = [
      await http('case').post(`${on}/notes`).set('Authorization', promoter).send({ body: mark('centre note'), visibility: 'centre' }),
      await http('case').post(`${on}/notes`).set('Authorization', lawyer).send({ body: mark('restricted note'), visibility: 'restricted' }),
      await http('case').post(`${on}/tasks`).set('Authorization', promoter).send({ kind: 'call-back', title: mark('task title'), due: { dueOn: '2026-11-30' } }),
      await http('case').post(`${on}/services`).set('Authorization', promoter).send({ type: 'labour-rights-guidance', deliveredOn: '2026-11-20', note: mark('service note') }),
      await http('case').post(`${on}/labour-claims`).set('Authorization', lawyer).send({ employer: mark('claim employer'), claimType: 'unpaid-wages', authority: 'conciliation-centre', currency: 'MXN', amounts: { claimed: '100' } }),
      await http('case').post(`${on}/transfers`).set('Authorization', promoter).send({ toCentre: 'tapachula', reason: mark('transfer reason') }),
    ];
    expect(succeeded.map((res) => res.status)).toEqual([201, 201, 201, 201, 201, 201]);
    await platform.settle();

    // Failure: validation errors (a marker in a bad value, and as an unknown key's name).
    keep(await http('intake').post('/v1/intakes').set('Authorization', promoter).send(demoIntake({ name: mark('invalid name'), yearOfBirth: 1800 })));
    keep(await http('intake').post('/v1/intakes').set('Authorization', promoter).send({ ...demoIntake(), [mark('unknown key')]: 'x' }));
    keep(await http('case').post(`${on}/notes`).set('Authorization', promoter).send({ body: mark('note with bad visibility'), visibility: 'everyone' }));
    keep(await http('case').post(`${on}/tasks`).set('Authorization', promoter).send({ kind: 'nope', title: mark('invalid task title'), due: { dueOn: 'tomorrow' } }));
    // Failure: the idempotency key reused for another person.
    keep(await http('intake').post('/v1/intakes').set('Authorization', promoter).set('Idempotency-Key', 'canary-key-0001').send(demoIntake({ name: mark('reused key name') })));
    // Failure: a message that breaks its contract, on a topic reporting and notification consume.
    const opened = createEvent(
      caseOpenedV2,
      { caseId: kase.id, intakeId: kase.id, personId: kase.id, openedAt: '2026-11-23T10:00:00.000Z', priority: 'normal', riskFlags: [], countInStatistics: true, profile: { sex: 'female', ageBand: '30-44', nationality: 'HT', languages: ['ht'] } },
      { tenant: 'tijuana', source: '/corredor/case', correlationId: 'r', causationId: 'r', subject: kase.id },
    );
    const bad = {
      // A field the contract does not have, holding personal data: refused by every consumer of case.opened.
      aliasInData: JSON.stringify({ ...opened, data: { ...opened.data, alias: mark('dead letter alias') } }),
      // An unknown envelope attribute: CloudEvents consumers must ignore extension attributes they do not know, so
      // this one is handled (its marker dropped with the attribute), not dead-lettered; the marker must still go nowhere.
      unknownAttribute: JSON.stringify({ ...opened, [mark('dead letter key')]: 1 }),
      // Not JSON: every group on the topic dead-letters its copy.
      malformed: `{"type":"case.opened","name":"${mark('malformed json')}"`,
    };
    await platform.bus.publish(Object.values(bad).map((value) => ({ topic: TOPICS.caseEvents, key: kase.id, value, headers: { tenant: 'tijuana' } })));
    const positionOf = (value: string) => {
      const message = platform.bus.messages(TOPICS.caseEvents).find((candidate) => candidate.value === value);
      return message ? `${message.partition}/${message.offset}` : 'not published';
    };
    injected = { aliasInData: positionOf(bad.aliasInData), unknownAttribute: positionOf(bad.unknownAttribute), malformed: positionOf(bad.malformed) };
    await platform.settle();
    deadLetters = JSON.stringify(platform.bus.messages(TOPICS.deadLetter));
    deadLetteredPositions = platform.bus.messages(TOPICS.deadLetter).map((letter) => `${letter.headers['dlq-original-partition']}/${letter.headers['dlq-original-offset']}`);
    // The messages this test put on the case topic hold the markers it wrote there: left out of what the services published.
    const ours = new Set(Object.values(bad));
    for (const topic of Object.values(TOPICS)) eventsByTopic.set(topic, JSON.stringify(platform.bus.messages(topic).filter((message) => !ours.has(String(message.value)))));
    await platform.stop();

    // Failure: a handler that crashes with personal data in its error (a clock that throws here).
    const crashing = await platformWithCapture((service, deps) =>
      service === 'intake'
        ? {
            ...deps,
            clock: () => {
              throw new Error(`clock broke while saving ${markers.get('name') ?? ''} ${mark('crash message')}`);
            },
          }
        : deps,
    );
    const crashed = keep(await request(crashing.apps.intake.app).post('/v1/intakes').set('Authorization', coordinator).send(intakeWithMarkers()));
    expect(crashed.status).toBe(500);
    await crashing.stop();
  });

  it('drove the failure paths: refusals, a reused key, a crash and dead letters', () => {
    expect(errorBodies.length).toBeGreaterThanOrEqual(6);
    // Each consumer group dead-letters its own copy: the two broken messages, by every group that read them, and nothing else.
    expect(new Set(deadLetteredPositions)).toEqual(new Set([injected.aliasInData, injected.malformed]));
    expect(logLines.length).toBeGreaterThan(20);
    expect(spans.getFinishedSpans().length).toBeGreaterThan(0);
  });

  it('never writes a marker in a log line', () => {
    expect(found(logLines.join('\n'))).toEqual([]);
  });

  it('never echoes a marker in an error body', () => {
    expect(found(errorBodies.join('\n'))).toEqual([]);
  });

  it('never puts a marker in a span, its name or its attributes', () => {
    const text = JSON.stringify(spans.getFinishedSpans().map((span) => ({ name: span.name, attributes: span.attributes, events: span.events, status: span.status })));
    expect(found(text)).toEqual([]);
  });

  it('never copies a marker into a dead-letter record', () => {
    expect(found(deadLetters)).toEqual([]);
  });

  it('never publishes a marker on the topics reporting and notification consume, nor on the one mirrored to networks', () => {
    for (const topic of [TOPICS.caseEvents, TOPICS.consentEvents, TOPICS.centreEvents, TOPICS.referralEvents, TOPICS.networkEvents]) expect({ topic, found: found(eventsByTopic.get(topic) ?? '') }).toEqual({ topic, found: [] });
  });

  it('publishes on the intake topic nothing personal but the alias, and no alias once that topic is sealed', () => {
    const text = eventsByTopic.get(TOPICS.intakeEvents) ?? '';
    expect(text).not.toBe('');
    expect(found(text, ['alias'])).toEqual([]);
    if (!TOPICS_WITH_ALIAS_IN_CLEAR.includes(TOPICS.intakeEvents)) expect(found(text)).toEqual([]);
  });

  it('seals intake.submitted (which carries the alias) under the centre data key', () => {
    const envelopes = (JSON.parse(eventsByTopic.get(TOPICS.intakeEvents) ?? '[]') as Array<{ value: string }>).map((message) => JSON.parse(message.value) as { type: string; dataencryption?: string; data: unknown });
    const submitted = envelopes.filter((envelope) => envelope.type === 'intake.submitted');
    expect(submitted.length).toBeGreaterThan(0);
    expect(submitted.map((envelope) => ({ dataencryption: envelope.dataencryption, data: typeof envelope.data }))).toEqual(submitted.map(() => ({ dataencryption: DATA_ENCRYPTION, data: 'string' })));
  });
});
