import { TOPICS } from '@corredor/contracts';
import { InMemoryBus } from '../memory/in-memory-bus';
import { silentLogger } from '../logger';
import { ArrayOutbox, caseOpenedRecord, eventually } from '../test-fixtures';
import { OutboxRelay } from './outbox-relay';

describe('outbox relay', () => {
  it('publishes saved events in order and marks them published', async () => {
    const outbox = new ArrayOutbox([caseOpenedRecord({}, 'a8c0f5c2-7f1e-4a51-9f39-6f0f7f6f0a01'), caseOpenedRecord({}, 'a8c0f5c2-7f1e-4a51-9f39-6f0f7f6f0a01')]);
    const bus = new InMemoryBus();
    const relay = new OutboxRelay({ store: outbox, publisher: bus, logger: silentLogger });
    expect(await relay.publishBatch()).toBe(2);
    expect(bus.messages(TOPICS.caseEvents).map((m) => m.value)).toEqual(outbox.records.map((r) => r.value));
    expect(await outbox.countPending()).toBe(0);
    expect(await relay.publishBatch()).toBe(0);
  });

  it('keeps every record through a broker outage and publishes each once it is back', async () => {
    const outbox = new ArrayOutbox();
    const bus = new InMemoryBus();
    bus.setAvailable(false);
    const relay = new OutboxRelay({ store: outbox, publisher: bus, logger: silentLogger, pollIntervalMs: 10, maxBackoffMs: 20 });
    relay.start();
    for (let i = 0; i < 5; i++) {
      outbox.records.push(caseOpenedRecord());
      relay.notify();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await outbox.countPending()).toBe(5);
    bus.setAvailable(true);
    await eventually(async () => expect(await outbox.countPending()).toBe(0));
    await relay.stop();
    expect(bus.messages(TOPICS.caseEvents).map((m) => JSON.parse(m.value).id).sort()).toEqual(outbox.records.map((r) => r.id).sort());
  });

  it('carries the tenant and the content type in headers', () => {
    const record = caseOpenedRecord({ tenant: 'tapachula' });
    expect(record.headers).toMatchObject({ tenant: 'tapachula', 'content-type': 'application/cloudevents+json', 'ce-type': 'case.opened' });
  });
});
