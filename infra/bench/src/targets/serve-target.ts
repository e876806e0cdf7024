import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import type { TargetCommand, TargetReady, TargetReply, TargetStats } from './target-protocol';

export interface StartedTarget {
  requests: TargetReady['requests'];
  /** Resolves once background work (relays, consumers) has caught up. */
  settle?(): Promise<void>;
  busMessagesHeld?(): number;
  stop(): Promise<void>;
}

const send = (reply: TargetReply) => process.send?.(reply);
const mib = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

/**
 * The child side of a benchmark target: starts it, tells the parent (IPC) what to send, and answers
 * the parent's questions about this process (event-loop blocking, memory) until told to stop.
 */
export function serveTarget(start: () => Promise<StartedTarget>): void {
  if (!process.send) throw new Error('a benchmark target runs as a child process with an IPC channel (see target-process.ts)');
  // 1 ms resolution: a block of 50 ms or more is what item 4 of the issue forbids.
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  // Garbage collection pauses block the loop too: the longest one tells them apart from our code's.
  let longestGcMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestGcMs = Math.max(longestGcMs, entry.duration);
  }).observe({ entryTypes: ['gc'] });
  const stats = (target: StartedTarget, collect: boolean): TargetStats => {
    const loop = { eventLoopMaxMs: delay.max / 1e6, eventLoopP99Ms: delay.percentile(99) / 1e6, longestGcPauseMs: longestGcMs };
    // The parent forks with --expose-gc so heap figures can be live data, not garbage awaiting
    // collection; only when asked, since a full collection blocks the loop the other figures watch.
    if (collect) (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();
    return {
      ...loop,
      rssMiB: mib(memory.rss),
      heapUsedMiB: mib(memory.heapUsed),
      ...(target.busMessagesHeld ? { busMessagesHeld: target.busMessagesHeld() } : {}),
    };
  };
  start()
    .then((target) => {
      process.on('message', (command: TargetCommand) => {
        void (async () => {
          if (command.type === 'stats') {
            send({ type: 'stats', stats: stats(target, command.collect) });
            if (command.reset) {
              delay.reset();
              longestGcMs = 0;
            }
          } else if (command.type === 'settle') {
            await target.settle?.();
            send({ type: 'settled' });
          } else {
            await target.stop();
            process.exit(0);
          }
        })().catch((error: unknown) => send({ type: 'failed', error: String(error) }));
      });
      delay.reset();
      send({ type: 'ready', requests: target.requests });
    })
    .catch((error: unknown) => {
      send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      process.exit(1);
    });
}
