import { CatchUpTracker, type PartitionStart } from './catch-up';

const start = (partition: number, low: string, high: string, committed = '-1'): PartitionStart => ({ topic: 't', partition, low, high, committed });

describe('catching up with a Kafka topic', () => {
  it('is caught up at once when every partition is empty, or was read to its end by the group before', () => {
    let calls = 0;
    const tracker = new CatchUpTracker(() => void (calls += 1));
    tracker.start([start(0, '0', '0'), start(1, '5', '5'), start(2, '0', '7', '7')]);
    expect(calls).toBe(1);
  });

  it('waits for the last offset of each partition as it was at start, then tells once', () => {
    let calls = 0;
    const tracker = new CatchUpTracker(() => void (calls += 1));
    tracker.start([start(0, '0', '2'), start(1, '3', '4')]);
    tracker.handled('t', 0, '0');
    tracker.handled('t', 1, '3');
    expect(calls).toBe(0);
    // Compaction leaves gaps: offset 1 was removed and the last one is what counts.
    tracker.handled('t', 0, '1');
    expect(calls).toBe(1);
    tracker.handled('t', 0, '2');
    expect(calls).toBe(1);
  });

  it('takes new positions when the consumer restarts before catching up, and none after', () => {
    let calls = 0;
    const tracker = new CatchUpTracker(() => void (calls += 1));
    tracker.start([start(0, '0', '10')]);
    tracker.handled('t', 0, '3');
    tracker.start([start(0, '0', '12', '4')]);
    tracker.handled('t', 0, '9');
    expect(calls).toBe(0);
    tracker.handled('t', 0, '11');
    expect(tracker.caughtUp).toBe(true);
    tracker.start([start(0, '0', '20')]);
    expect(calls).toBe(1);
  });
});
