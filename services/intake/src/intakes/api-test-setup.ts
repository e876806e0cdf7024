import { eventRegistry, TOPICS, type EventEnvelope, type Role, type TopicName } from '@corredor/contracts';
import { testAppDeps, tokenFor } from '@corredor/service-kit';
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
  const built = buildApp(deps);
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
  /** The events published so far on a topic (the intake topic unless told), parsed by the registry as a consumer would (latest version). */
  const events = async (topic: TopicName = TOPICS.intakeEvents): Promise<EventEnvelope[]> => {
    await built.relay?.publishBatch();
    return deps.bus.messages(topic).map((message) => {
      const parsed = eventRegistry.parse(JSON.parse(message.value));
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
  return {
    ...built,
    deps,
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
