import { eventRegistry, TOPICS, type EventEnvelope, type Role, type TopicName } from '@corredor/contracts';
import { openEventData } from '@corredor/messaging';
import { watchMemoryCollections } from '@corredor/persistence';
import { testAppDeps, tokenFor } from '@corredor/service-kit/testing';
import request from 'supertest';
import { buildApp } from '../service';
import { newPersonSubmission } from './test-fixtures';

/**
 * The intake service on in-memory stores with a clock tests can move, and callers at two centres:
 * Tijuana's promoter (ana), interpreter, coordinator and lawyer, and Tapachula's coordinator.
 */
export async function intakeApi() {
  let now = new Date('2026-11-23T15:00:00.000Z');
  const deps = testAppDeps({ clock: () => now });
  const watch = watchMemoryCollections();
  const built = buildApp(deps);
  const collections = watch.collections();
  watch.stop();
  /** A store's documents as an attacker reading it would see them (people, intakes, consents, idempotency_keys, person_erasures...). */
  const stored = (name: string): unknown[] => collections.filter((collection) => collection.name === name).flatMap((collection) => collection.contents());
  const bearer = async (centre: string, roles: Role[], userId: string) => `Bearer ${await tokenFor(centre, roles, userId)}`;
  const callers = {
    ana: await bearer('tijuana', ['promoter'], 'ana@tijuana'),
    luis: await bearer('tijuana', ['promoter'], 'luis@tijuana'),
    interpreter: await bearer('tijuana', ['interpreter'], 'jean@tijuana'),
    coordinator: await bearer('tijuana', ['coordinator'], 'rosa@tijuana'),
    lawyer: await bearer('tijuana', ['lawyer'], 'pablo@tijuana'),
    tapachula: await bearer('tapachula', ['coordinator'], 'maya@tapachula'),
  };
  const app = built.app;
  /** The events published so far on a topic (the intake topic unless told), opened and parsed by the registry as a consumer would (latest version). */
  const events = async (topic: TopicName = TOPICS.intakeEvents): Promise<EventEnvelope[]> => {
    await built.relay?.publishBatch();
    return deps.bus.messages(topic).map((message) => {
      const opened = openEventData(JSON.parse(message.value), deps.keys);
      if (opened.kind !== 'clear' && opened.kind !== 'opened') throw new Error(`unopenable event on ${topic}`);
      const parsed = eventRegistry.parse(opened.raw);
      if (!parsed.ok) throw new Error(`unparseable event: ${message.value}`);
      return { ...parsed.event, key: message.key } as EventEnvelope & { key: string };
    });
  };
  const submit = (auth: string, body: object = newPersonSubmission(), key?: string) => {
    const req = request(app).post('/v1/intakes').set('Authorization', auth);
    return (key === undefined ? req : req.set('Idempotency-Key', key)).send(body);
  };
  const get = (auth: string, path: string) => request(app).get(`/v1${path}`).set('Authorization', auth);
  const post = (auth: string, path: string, body: object = {}) => request(app).post(`/v1${path}`).set('Authorization', auth).send(body);
  /** The messages as the broker holds them: sealed where the event carries personal data. */
  const published = async (topic: TopicName = TOPICS.intakeEvents): Promise<string[]> => {
    await built.relay?.publishBatch();
    return deps.bus.messages(topic).map((message) => message.value);
  };
  /** The centre's audit trail, newest first. */
  const auditTrail = (centre = 'tijuana') => built.audit.list(centre, { beforeSeq: null, limit: 500 });
  return {
    ...built,
    deps,
    published,
    auditTrail,
    stored,
    app,
    callers,
    events,
    submit,
    get,
    post,
    advanceClock: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}
