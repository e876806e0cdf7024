#!/usr/bin/env node
/**
 * The reporting service as the benchmark measures it, in a process of its own (so its peak memory
 * is its own): the real composition (defineReportingService) with in-memory stores, its rebuild
 * reading the benchmark's broker through KafkaLogReader (or, with BENCH_MEMORY_PLAN, an in-memory
 * log of that plan, as the one-process platform's rebuild reads its bus), listening on loopback. The
 * benchmark drives it over HTTP as an operator and a coordinator would, and asks it over the IPC
 * channel for its resource figures, for a CPU profile of each phase (the rebuild, the reports) on its
 * own, and for the longest its event loop was held up while a report was computed.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { KafkaLogReader } from '@corredor/messaging';
import { createLogger, startService } from '@corredor/service-kit';
import { testAppDeps } from '@corredor/service-kit/testing';
import { defineReportingService, MemoryEventLog } from '@corredor/reporting-service';
import { benchLogPlanSchema } from './bench-events';
import { ownUsage, serviceChildCommandSchema, serviceChildEnvSchema, toParent, type ServiceChildCommand } from './bench-ipc';
import { memoryLogOf } from './memory-log';

async function main(): Promise<void> {
  const env = serviceChildEnvSchema.parse(process.env);
  const logger = createLogger('corredor-reporting', 'warn');
  const memoryLog = env.BENCH_MEMORY_PLAN === undefined ? null : memoryLogOf(benchLogPlanSchema.parse(JSON.parse(env.BENCH_MEMORY_PLAN)));
  const definition = defineReportingService({
    replay: {
      log: (log) => (memoryLog ? new MemoryEventLog(memoryLog) : new KafkaLogReader({ clientId: 'bench-reporting-rebuild', brokers: (env.BENCH_BROKERS ?? '').split(','), logger: log })),
      // Progress measured often, so "caught up" is seen within a quarter second; one process holds the projection.
      settings: { progressEveryMs: 250, handoverMs: 0 },
    },
  });
  // The test centres (Tijuana, Tapachula) and development tokens; a real clock; no rate limit on the benchmark's own requests.
  const service = await startService(definition, { ...testAppDeps({ logger, clock: () => new Date(), rateLimits: false }), port: 0, host: '127.0.0.1' });
  const profiler = new Session();
  profiler.connect();
  // Samples every millisecond how late the loop turns: its max is the longest anything held it up.
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  loopDelay.enable();
  const answer = async (command: ServiceChildCommand): Promise<void> => {
    switch (command.kind) {
      case 'usage':
        return toParent({ kind: 'usage', usage: ownUsage() });
      case 'profile-start':
        await profiler.post('Profiler.enable');
        await profiler.post('Profiler.start');
        return toParent({ kind: 'profiling' });
      case 'profile-stop': {
        const { profile } = await profiler.post('Profiler.stop');
        const file = path.join(command.dir, `${command.name}-${Date.now()}.cpuprofile`);
        writeFileSync(file, JSON.stringify(profile));
        return toParent({ kind: 'profiled', file });
      }
      case 'loop-reset':
        loopDelay.reset();
        return toParent({ kind: 'loop-reset' });
      case 'loop-read':
        return toParent({ kind: 'loop', maxBlockMs: loopDelay.max / 1e6 });
      case 'stop':
        loopDelay.disable();
        profiler.disconnect();
        await service.stop();
        await toParent({ kind: 'stopped', usage: ownUsage() });
        process.exit(0);
    }
  };
  process.on('message', (raw: unknown) => {
    answer(serviceChildCommandSchema.parse(raw)).catch((error: unknown) => {
      process.stderr.write(`reporting service: ${String(error)}\n`);
      process.exit(1);
    });
  });
  await toParent({ kind: 'listening', url: service.url });
}

main().catch((error: unknown) => {
  process.stderr.write(`reporting service: ${String(error)}\n`);
  process.exit(1);
});
