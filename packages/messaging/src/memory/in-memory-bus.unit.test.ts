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
});
