import type { LogRange, LogReadOptions, LogReading } from '@corredor/messaging';

export type { LogRange, LogReading };

/**
 * The event log a rebuild replays: Kafka in a deployment (KafkaLogReader from @corredor/messaging),
 * the in-memory bus's log in the one-process platform and in tests (MemoryEventLog).
 */
export interface EventLog {
  /** Where each partition of the topics starts and ends now. */
  ranges(topics: readonly string[]): Promise<LogRange[]>;
  /** Reads the topics from the start of their logs, batch by batch in partition order, and goes on with new messages until stopped. */
  read(options: LogReadOptions): Promise<LogReading>;
}
