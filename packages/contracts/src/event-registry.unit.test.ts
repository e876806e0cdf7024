import { z } from 'zod';
import { createEvent, defineEvent } from './event-definition';
import { EventRegistry } from './event-registry';
import { TOPICS } from './topics';

const meta = { tenant: 'tijuana', source: '/corredor/test', correlationId: 'c-1', causationId: 'c-1' };

const v1 = defineEvent({
  type: 'test.greeted',
  version: 1,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: z.strictObject({ fullName: z.string() }),
});
const v2 = defineEvent({
  type: 'test.greeted',
  version: 2,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: z.strictObject({ greeting: z.string().transform((text) => text.trim()), times: z.number().int().default(1) }),
});

function registryUpcastingWith(up: (data: unknown) => unknown): EventRegistry {
  return new EventRegistry([v1, v2], [{ type: 'test.greeted', fromVersion: 1, up }]);
}

const registry = registryUpcastingWith((data) => ({ greeting: v1.schema.parse(data).fullName }));

describe('the event registry, for an event sent in the latest version of its contract', () => {
  it('hands on the data as its schema reads it', () => {
    const sent = { ...createEvent(v2, { greeting: 'hola', times: 2 }, meta), data: { greeting: '  hola  ' } };
    expect(registry.parse(sent)).toMatchObject({ ok: true, definition: v2, event: { eventversion: 2, data: { greeting: 'hola', times: 1 } } });
  });

  it('refuses data its schema refuses, naming the field', () => {
    const sent = { ...createEvent(v2, { greeting: 'hola', times: 2 }, meta), data: { greeting: 'hola', times: 1.5 } };
    expect(registry.parse(sent)).toMatchObject({ ok: false, code: 'MESSAGE.INVALID_DATA', reason: expect.stringMatching(/^test\.greeted v2: times/) });
  });
});

describe('the event registry, for an event sent in an older version', () => {
  it('checks the data as sent, then what the upcasters made of it against the latest contract', () => {
    const old = createEvent(v1, { fullName: 'Ana López' }, meta);
    expect(registry.parse({ ...old, data: { fullName: 7 } })).toMatchObject({ ok: false, code: 'MESSAGE.INVALID_DATA', reason: expect.stringMatching(/^test\.greeted v1: fullName/) });
    expect(registryUpcastingWith(() => ({ greeting: 'hola', times: 'twice' })).parse(old)).toMatchObject({
      ok: false,
      code: 'MESSAGE.INVALID_DATA',
      reason: expect.stringMatching(/^test\.greeted v2: times/),
    });
    expect(registry.parse(old)).toMatchObject({ ok: true, definition: v2, event: { eventversion: 2, data: { greeting: 'Ana López', times: 1 } } });
  });

  it('knows no version past the latest', () => {
    const sent = { ...createEvent(v2, { greeting: 'hola', times: 1 }, meta), eventversion: 3 };
    expect(registry.parse(sent)).toMatchObject({ ok: false, code: 'MESSAGE.UNKNOWN_EVENT' });
  });
});
