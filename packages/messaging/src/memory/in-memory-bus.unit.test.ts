import { InMemoryBus } from './in-memory-bus';
import type { ConsumedMessage } from '../transport';
import { eventually } from '../test-fixtures';

describe('in-memory bus', () => {
  it('keeps per-key order across partitions while consuming partitions independently', async () => {
    const bus = new InMemoryBus({ defaultPartitions: 4 });
    const seen: ConsumedMessage[] = [];
    await bus.consume({
      group: 'g',
      topics: ['t'],
      onMessage: async (message) => {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
        seen.push(message);
      },
    });
    const keys = ['case-a', 'case-b', 'case-c', 'case-d', 'case-e'];
    for (let i = 0; i < 20; i++) {
      await bus.publish(keys.map((key) => ({ topic: 't', key, value: String(i), headers: {} })));
    }
    await bus.drain();
    expect(seen).toHaveLength(100);
    for (const key of keys) {
      expect(seen.filter((m) => m.key === key).map((m) => Number(m.value))).toEqual([...Array(20).keys()]);
    }
    expect(new Set(seen.map((m) => m.partition)).size).toBeGreaterThan(1);
  });

  it('delivers every message to every group, from the beginning', async () => {
    const bus = new InMemoryBus();
    await bus.publish([{ topic: 't', key: 'k', value: 'early', headers: {} }]);
    const a: string[] = [];
    const b: string[] = [];
    await bus.consume({ group: 'a', topics: ['t'], onMessage: async (m) => void a.push(m.value) });
    await bus.consume({ group: 'b', topics: ['t'], onMessage: async (m) => void b.push(m.value) });
    await bus.publish([{ topic: 't', key: 'k', value: 'late', headers: {} }]);
    await bus.drain();
    expect(a).toEqual(['early', 'late']);
    expect(b).toEqual(['early', 'late']);
  });

  it('redelivers a message whose handler rejected, without skipping ahead', async () => {
    const bus = new InMemoryBus({ redeliveryDelayMs: 1 });
    const seen: string[] = [];
    let failures = 2;
    await bus.consume({
      group: 'g',
      topics: ['t'],
      onMessage: async (m) => {
        if (m.value === 'first' && failures-- > 0) throw new Error('transient');
        seen.push(m.value);
      },
    });
    await bus.publish([
      { topic: 't', key: 'k', value: 'first', headers: {} },
      { topic: 't', key: 'k', value: 'second', headers: {} },
    ]);
    await bus.drain();
    expect(seen).toEqual(['first', 'second']);
  });

  it('refuses to publish while unavailable', async () => {
    const bus = new InMemoryBus();
    bus.setAvailable(false);
    await expect(bus.publish([{ topic: 't', key: 'k', value: 'v', headers: {} }])).rejects.toThrow('unavailable');
    expect(await bus.isReachable()).toBe(false);
  });

  describe('catching up', () => {
    it('says so at once when the topics are empty', async () => {
      const bus = new InMemoryBus();
      let caughtUp = 0;
      await bus.consume({ group: 'g', topics: ['t'], onMessage: async () => {}, onCaughtUp: () => void (caughtUp += 1) });
      expect(caughtUp).toBe(1);
      await bus.publish([{ topic: 't', key: 'k', value: 'later', headers: {} }]);
      await bus.drain();
      expect(caughtUp).toBe(1);
    });

    it('says so once everything published before it started is handled, without waiting for later messages', async () => {
      const bus = new InMemoryBus({ defaultPartitions: 3, redeliveryDelayMs: 1 });
      await bus.publish(['a', 'b', 'c', 'd'].map((key) => ({ topic: 't', key, value: `early-${key}`, headers: {} })));
      const handled: string[] = [];
      let handledWhenCaughtUp: string[] | null = null;
      let releaseLate: () => void = () => {};
      const late = new Promise<void>((resolve) => (releaseLate = resolve));
      let failures = 1;
      await bus.consume({
        group: 'g',
        topics: ['t'],
        onMessage: async (m) => {
          if (m.value === 'late') await late;
          if (m.value === 'early-c' && failures-- > 0) throw new Error('transient');
          handled.push(m.value);
        },
        onCaughtUp: () => void (handledWhenCaughtUp = [...handled]),
      });
      await bus.publish([{ topic: 't', key: 'z', value: 'late', headers: {} }]);
      const early = ['early-a', 'early-b', 'early-c', 'early-d'];
      await eventually(() => expect(handledWhenCaughtUp).not.toBeNull());
      expect([...(handledWhenCaughtUp ?? [])].sort()).toEqual(early);
      releaseLate();
      await bus.drain();
      expect(handled.sort()).toEqual([...early, 'late']);
    });
  });

  it('lets other work run once consumers have had their share of a turn, instead of running a whole chain of handlers at once', async () => {
    const bus = new InMemoryBus({ defaultPartitions: 1 });
    const happened: string[] = [];
    // Each message causes the next, as a relay, a consumer and the next relay do between services.
    await bus.consume({
      group: 'chain',
      topics: ['t'],
      onMessage: async (message) => {
        const step = Number(message.value);
        happened.push(`message ${step}`);
        // A millisecond of work each: fifty of them are far more than one turn's share.
        for (const until = performance.now() + 1; performance.now() < until; );
        if (step < 50) await bus.publish([{ topic: 't', key: 'k', value: String(step + 1), headers: {} }]);
      },
    });
    await bus.publish([{ topic: 't', key: 'k', value: '1', headers: {} }]);
    // A request that arrives meanwhile: an I/O callback, served in the next turn of the event loop.
    setImmediate(() => happened.push('request'));
    await bus.drain();
    expect(happened).toHaveLength(51);
    expect(happened.indexOf('request')).toBeLessThan(happened.indexOf('message 50'));
  });

  describe('with dropConsumed (the one-process platform)', () => {
    const publish = (bus: InMemoryBus, topic: string, values: string[]) => bus.publish(values.map((value) => ({ topic, key: value, value, headers: {} })));
    const values = Array.from({ length: 600 }, (_, i) => `m${i}`);

    it('holds nothing once every group reading a topic has consumed it, and still counts what was published', async () => {
      const bus = new InMemoryBus({ dropConsumed: true });
      const a: string[] = [];
      const b: string[] = [];
      await bus.consume({ group: 'a', topics: ['t'], onMessage: async (m) => void a.push(m.value) });
      await bus.consume({ group: 'b', topics: ['t'], onMessage: async (m) => void b.push(m.value) });
      await publish(bus, 't', values);
      await bus.drain();
      expect(a.sort()).toEqual([...values].sort());
      expect(b.sort()).toEqual([...values].sort());
      expect(bus.held()).toBe(0);
      expect(bus.messages('t')).toEqual([]);
      expect(bus.published()).toBe(600);
    });

    it('keeps what a slower group has not read yet, and delivers it', async () => {
      const bus = new InMemoryBus({ dropConsumed: true, defaultPartitions: 1 });
      let release: () => void = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      const slow: string[] = [];
      await bus.consume({ group: 'fast', topics: ['t'], onMessage: async () => {} });
      await bus.consume({
        group: 'slow',
        topics: ['t'],
        onMessage: async (m) => {
          await gate;
          slow.push(m.value);
        },
      });
      await publish(bus, 't', values);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(bus.held()).toBe(600);
      release();
      await bus.drain();
      expect(slow).toEqual(values);
      expect(bus.held()).toBe(0);
    });

    it('keeps a topic nobody reads and the topics it is told to keep; a group joining later starts where the log starts', async () => {
      const bus = new InMemoryBus({ dropConsumed: true, keepTopics: ['kept'], defaultPartitions: 1 });
      await bus.consume({ group: 'reader', topics: ['kept', 'dropped'], onMessage: async () => {} });
      await publish(bus, 'kept', ['k1', 'k2']);
      await publish(bus, 'dropped', ['d1', 'd2']);
      await publish(bus, 'unread', ['u1']);
      await bus.drain();
      expect(bus.messages('kept').map((m) => m.value)).toEqual(['k1', 'k2']);
      expect(bus.messages('unread').map((m) => m.value)).toEqual(['u1']);
      expect(bus.messages('dropped')).toEqual([]);
      const late: string[] = [];
      await bus.consume({ group: 'late', topics: ['kept', 'dropped'], onMessage: async (m) => void late.push(m.value) });
      await publish(bus, 'dropped', ['d3']);
      await bus.drain();
      expect(late.sort()).toEqual(['d3', 'k1', 'k2']);
      expect(bus.messages('dropped')).toEqual([]);
    });
  });
});
