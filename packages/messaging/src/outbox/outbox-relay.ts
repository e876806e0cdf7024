import { setImmediate as nextTurn } from 'node:timers/promises';
import { errorFields, type Logger } from '../logger';
import type { MessagePublisher } from '../transport';
import { toTransportMessage, type OutboxStore } from './outbox';

export interface OutboxRelayOptions {
  store: OutboxStore;
  publisher: MessagePublisher;
  logger: Logger;
  batchSize?: number;
  /** How often it looks when nothing wakes it. */
  pollIntervalMs?: number;
  maxBackoffMs?: number;
}

/**
 * Publishes what the outbox holds, in order, and removes it. At least once: a crash between
 * publishing and removing publishes again, and consumers drop the duplicate by event id. While the
 * broker is down it backs off and keeps every record.
 */
export class OutboxRelay {
  private running: Promise<void> | null = null;
  private stopped = false;
  private wake: (() => void) | null = null;
  private woken = false;
  private consecutiveFailures = 0;

  constructor(private readonly options: OutboxRelayOptions) {}

  start(): void {
    this.running ??= this.loop();
  }

  /** Called after a save so the event goes out now rather than at the next poll. */
  notify(): void {
    this.woken = true;
    this.wake?.();
  }

  /** Publishes one batch; returns how many records went out. */
  async publishBatch(): Promise<number> {
    const batch = await this.options.store.pending(this.options.batchSize ?? 100);
    if (batch.length === 0) return 0;
    await this.options.publisher.publish(batch.map(toTransportMessage));
    await this.options.store.removePublished(batch.map((record) => record.id));
    return batch.length;
  }

  /** Stops the loop; what is left stays in the outbox (see flush). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
  }

  /**
   * Publishes what is left, once, at shutdown. If the broker is away the records stay in the outbox
   * for the next start (with MongoDB; an in-memory outbox dies with the process).
   */
  async flush(): Promise<number> {
    let published = 0;
    try {
      for (let batch = await this.publishBatch(); batch > 0; batch = await this.publishBatch()) published += batch;
    } catch (error) {
      this.options.logger.warn({ ...errorFields(error) }, 'outbox not flushed at shutdown; records stay for the next start');
    }
    return published;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      let delay = this.options.pollIntervalMs ?? 500;
      // Let the requests that woke it (and others waiting to be read) run first: their events go out
      // together in the next batch, and a burst of requests is not served one publish at a time.
      await nextTurn();
      try {
        this.woken = false;
        const published = await this.publishBatch();
        if (this.consecutiveFailures > 0) this.options.logger.info({ failures: this.consecutiveFailures }, 'outbox relay recovered');
        this.consecutiveFailures = 0;
        if (published > 0) continue;
      } catch (error) {
        this.consecutiveFailures += 1;
        delay = Math.min(this.options.maxBackoffMs ?? 2000, 100 * 2 ** Math.min(this.consecutiveFailures, 10));
        if (this.consecutiveFailures === 1 || this.consecutiveFailures % 10 === 0) {
          this.options.logger.warn({ failures: this.consecutiveFailures, ...errorFields(error) }, 'outbox relay could not publish; will retry');
        }
      }
      if (this.woken && this.consecutiveFailures === 0) continue;
      // stop() may have come while it published: its wake found nothing to wake.
      if (this.stopped) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }
}
