import { errorFields, type Logger } from '@corredor/messaging';

export interface PeriodicScan {
  /** Runs the scan now, then every `intervalMs` after each run ends; a second start is ignored. */
  start(intervalMs: number): void;
  /** No further run; resolves once the run under way (if any) has ended. */
  stop(): Promise<void>;
}

/**
 * A background scan (task reminders, network sharing...): one run at a time, the next one an
 * interval after the last ended, a failed run logged and retried at the next interval, and a timer
 * that never keeps the process alive.
 */
export function periodicScan(run: () => Promise<unknown>, options: { logger: Logger; name: string }): PeriodicScan {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let stopped = true;

  const schedule = (intervalMs: number, delayMs: number) => {
    timer = setTimeout(() => void tick(intervalMs), delayMs);
    timer.unref();
  };
  const tick = async (intervalMs: number) => {
    timer = null;
    running = run().catch((error: unknown) => options.logger.error(errorFields(error), `${options.name} failed; retrying at the next interval`));
    await running;
    running = null;
    if (!stopped) schedule(intervalMs, intervalMs);
  };

  return {
    start(intervalMs) {
      if (!stopped) return;
      stopped = false;
      schedule(intervalMs, 0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
