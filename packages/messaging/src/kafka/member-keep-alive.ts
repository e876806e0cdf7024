export interface KeepAliveOptions {
  /** How often to heartbeat (kafkajs sends at most one per its heartbeatInterval anyway). */
  intervalMs: number;
  /** How long one message may keep the member alive; past it the handler is taken for stuck. */
  limitMs: number;
  /** Called once, when the limit passes with the message still in hand. */
  onLimit(): void;
}

export interface KeepAlive {
  stop(): void;
}

/**
 * kafkajs heartbeats only between messages (kafkajs#447), so a member busy with one message (a
 * handler retrying while MongoDB is away) for longer than the session timeout would be evicted
 * while alive, and its partitions moved mid-message. While a message is handled this heartbeats on
 * its behalf, for at most `limitMs`: past it the heartbeats stop, the coordinator evicts the member
 * one session timeout later and another takes the partition (what the Java client's
 * max.poll.interval.ms does). A failed heartbeat (a rebalance under way, the consumer stopping) ends
 * it too: kafkajs's own heartbeat after the message meets the same answer and acts on it.
 */
export function keepMemberAlive(heartbeat: () => Promise<void>, options: KeepAliveOptions): KeepAlive {
  const started = Date.now();
  const timer = setInterval(() => {
    if (Date.now() - started >= options.limitMs) {
      clearInterval(timer);
      options.onLimit();
      return;
    }
    heartbeat().catch(() => clearInterval(timer));
  }, options.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
