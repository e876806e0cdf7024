import { caseClosedV1, caseOpenedV1, createEvent, eventRegistry, intakeSubmittedV1, TOPICS, type EventOf } from '@corredor/contracts';
import { InMemoryBus } from '../memory/in-memory-bus';
import { silentLogger } from '../logger';
import { ArrayProcessedEvents, caseOpened, eventually } from '../test-fixtures';
import { DEAD_LETTER_HEADERS, startSubscription } from './event-consumer';
import { on, orderedSubscription, PermanentHandlerError, subscription } from './subscriber';
import { HEADERS } from '../transport';

const fastRetry = { maxAttempts: 3, initialDelayMs: 1, maxDelayMs: 5 };

function setup(handle: (event: EventOf<typeof caseOpenedV1>) => Promise<void>) {
  const bus = new InMemoryBus();
  const processed = new ArrayProcessedEvents();
  const start = () =>
    startSubscription(
      { bus, registry: eventRegistry, processed, logger: silentLogger, retry: fastRetry },
      subscription({ group: 'test.counter', event: caseOpenedV1 }, handle),
    );
  const send = (value: string, headers: Record<string, string> = {}) => bus.publish([{ topic: TOPICS.caseEvents, key: 'k', value, headers }]);
  return { bus, processed, start, send };
}

describe('event consumer', () => {
  it('hands valid events to the handler once, even when delivered twice', async () => {
    const seen: string[] = [];
    const { bus, start, send } = setup(async (event) => void seen.push(event.data.caseId));
    await start();
    const event = caseOpened();
    await send(JSON.stringify(event));
    await send(JSON.stringify(event));
    await bus.drain();
    expect(seen).toEqual([event.data.caseId]);
  });

  it.each([
    ['not JSON', '{oops', 'MESSAGE.MALFORMED_JSON'],
    ['a broken envelope', JSON.stringify({ ...caseOpened(), specversion: '0.3' }), 'MESSAGE.INVALID_ENVELOPE'],
    ['an unknown version of its event', JSON.stringify({ ...caseOpened(), eventversion: 7 }), 'MESSAGE.UNKNOWN_EVENT'],
    ['data that breaks the contract', JSON.stringify({ ...caseOpened(), data: { caseId: 'nope' } }), 'MESSAGE.INVALID_DATA'],
  ])('dead-letters %s with the reason and moves on', async (_label, value, code) => {
    const seen: string[] = [];
    const { bus, start, send } = setup(async (event) => void seen.push(event.id));
    await start();
    await send(value);
    const good = caseOpened();
    await send(JSON.stringify(good));
    await bus.drain();
    const dead = bus.messages(TOPICS.deadLetter);
    expect(dead).toHaveLength(1);
    // Pointed at, never copied: a message that broke its contract may carry personal data in clear.
    expect(dead[0]?.value).toBe('');
    expect(dead[0]?.headers[DEAD_LETTER_HEADERS.offset]).toBe('0');
    expect(dead[0]?.headers).toMatchObject({ [DEAD_LETTER_HEADERS.code]: code, [DEAD_LETTER_HEADERS.group]: 'test.counter', [DEAD_LETTER_HEADERS.topic]: TOPICS.caseEvents });
    expect(dead[0]?.headers[DEAD_LETTER_HEADERS.reason]).toBeTruthy();
    expect(seen).toEqual([good.id]);
  });

  it('leaves event types it does not handle to others, even types it does not know yet', async () => {
    const { bus, start, send } = setup(async () => {});
    await start();
    await send(JSON.stringify({ ...caseOpened(), type: 'case.reassigned' }));
    await send(JSON.stringify({ ...caseOpened(), type: 'case.reassigned', data: {} }));
    await bus.drain();
    expect(bus.messages(TOPICS.deadLetter)).toHaveLength(0);
  });

  it('dead-letters a message whose tenant header contradicts its envelope', async () => {
    const { bus, start, send } = setup(async () => {});
    await start();
    await send(JSON.stringify(caseOpened({ tenant: 'tijuana' })), { [HEADERS.tenant]: 'tapachula' });
    await bus.drain();
    expect(bus.messages(TOPICS.deadLetter)[0]?.headers[DEAD_LETTER_HEADERS.code]).toBe('MESSAGE.TENANT_MISMATCH');
  });

  it('retries a failing handler, and succeeds when the fault clears', async () => {
    let calls = 0;
    const { bus, processed, start, send } = setup(async () => {
      calls += 1;
      if (calls < 3) throw new Error('store unavailable');
    });
    await start();
    const event = caseOpened();
    await send(JSON.stringify(event));
    await bus.drain();
    expect(calls).toBe(3);
    expect(bus.messages(TOPICS.deadLetter)).toHaveLength(0);
    expect(await processed.has('test.counter', event.id)).toBe(true);
  });

  it('dead-letters a handler that keeps failing after the bounded attempts, and the partition keeps flowing', async () => {
    const handled: string[] = [];
    const poison = caseOpened();
    let poisonCalls = 0;
    const { bus, processed, start, send } = setup(async (event) => {
      if (event.id === poison.id) {
        poisonCalls += 1;
        throw Object.assign(new Error('boom with Marie Dupont inside'), { code: 'CASE.STORE_DOWN' });
      }
      handled.push(event.id);
    });
    await start();
    const after = caseOpened();
    await send(JSON.stringify(poison));
    await send(JSON.stringify(after));
    await bus.drain();
    expect(poisonCalls).toBe(fastRetry.maxAttempts);
    const dead = bus.messages(TOPICS.deadLetter);
    expect(dead).toHaveLength(1);
    expect(dead[0]?.headers[DEAD_LETTER_HEADERS.code]).toBe('HANDLER.FAILED');
    expect(dead[0]?.headers[DEAD_LETTER_HEADERS.reason]).toBe('CASE.STORE_DOWN after 3 attempt(s)');
    expect(handled).toEqual([after.id]);
    expect(await processed.has('test.counter', poison.id)).toBe(false);
  });

  it('does not retry a permanent failure', async () => {
    let calls = 0;
    const { bus, start, send } = setup(async () => {
      calls += 1;
      throw new PermanentHandlerError('CASE.UNKNOWN_CENTRE', 'no such centre');
    });
    await start();
    await send(JSON.stringify(caseOpened()));
    await bus.drain();
    expect(calls).toBe(1);
    expect(bus.messages(TOPICS.deadLetter)[0]?.headers[DEAD_LETTER_HEADERS.reason]).toBe('CASE.UNKNOWN_CENTRE after 1 attempt(s)');
  });

  it('redelivers when even the dead-letter topic cannot be reached, instead of losing the message', async () => {
    const { bus, start, send } = setup(async () => {});
    await send('{oops');
    bus.setAvailable(false);
    await start();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(bus.messages(TOPICS.deadLetter)).toHaveLength(0);
    bus.setAvailable(true);
    await eventually(() => expect(bus.messages(TOPICS.deadLetter)).toHaveLength(1));
  });
});

describe('ordered subscriptions', () => {
  it('hands several event types of one topic to one group, in per-key order', async () => {
    const bus = new InMemoryBus({ defaultPartitions: 1 });
    const seen: string[] = [];
    await startSubscription(
      { bus, registry: eventRegistry, processed: new ArrayProcessedEvents(), logger: silentLogger, retry: fastRetry },
      orderedSubscription('test.projection', [
        on(caseOpenedV1, async (event) => {
          await new Promise((resolve) => setTimeout(resolve, 10));
          seen.push(`opened ${event.data.caseId}`);
        }),
        on(caseClosedV1, async (event) => void seen.push(`closed ${event.data.caseId}`)),
      ]),
    );
    const opened = caseOpened();
    const closed = createEvent(caseClosedV1, { caseId: opened.data.caseId, outcome: 'resolved', closedAt: '2026-11-23T11:00:00.000Z' }, { tenant: 'tijuana', source: 's', correlationId: 'c', causationId: 'c' });
    await bus.publish([opened, closed].map((e) => ({ topic: TOPICS.caseEvents, key: opened.data.caseId, value: JSON.stringify(e), headers: {} })));
    await bus.drain();
    expect(seen).toEqual([`opened ${opened.data.caseId}`, `closed ${opened.data.caseId}`]);
  });

  it('refuses to span topics, where order could not hold', () => {
    expect(() => orderedSubscription('bad', [on(caseOpenedV1, async () => {}), on(intakeSubmittedV1, async () => {})])).toThrow(/spans topics/);
  });
});
