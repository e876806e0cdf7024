import { medianFigures, runLoad, type LoadFigures, type LoadOptions } from './load/http-load';
import { startTarget, type TargetName, type TargetProcess } from './load/target-process';
import type { TargetStats } from './targets/target-protocol';

export interface HttpBenchOptions {
  connections: number;
  durationSeconds: number;
  rounds: number;
  /** Intakes posted after the rounds, to see what memory keeps per intake once the pipeline caught up. */
  memoryIntakes: number;
  log(line: string): void;
}

export interface RouteUnderLoad {
  latencyP99Ms: number;
  latencyMaxMs: number;
  requests: number;
}

export interface HttpFigures {
  /** Medians over the rounds, each target measured in turn in every round (interleaved). */
  post: Record<TargetName, LoadFigures>;
  /** The platform: each read route at a steady pace while intakes are posted at full speed. */
  routesUnderLoad: Record<string, RouteUnderLoad>;
  intakeUnderMixedLoad: LoadFigures;
  /** The platform's event loop while that ran: its longest block is the longest any request waited on other work. */
  platformEventLoopMaxMs: number;
  platformEventLoopP99Ms: number;
  platformLongestGcPauseMs: number;
  memory: { intakesBefore: number; intakesAfter: number; before: TargetStats; after: TargetStats; heapBytesPerIntake: number };
}

const TARGETS: readonly TargetName[] = ['hello', 'kit', 'intake', 'platform'];
/** Reads staff make while intakes come in, each at this pace (requests per second). */
const READ_RATE = 10;

/**
 * Item 1's first half: the express+helmet hello baseline, the kit's trivial route, the intake
 * service alone and the whole one-process platform, each loaded the same way in its own process,
 * in turn in every round so a slow moment of the machine hits them all.
 */
export async function benchHttp(options: HttpBenchOptions): Promise<HttpFigures> {
  const targets = new Map<TargetName, TargetProcess>();
  try {
    for (const name of TARGETS) targets.set(name, await startTarget(name));
    const target = (name: TargetName) => targets.get(name) as TargetProcess;
    const load: LoadOptions = { connections: options.connections, durationSeconds: options.durationSeconds };
    let intakesPosted = 0;
    const countIntakes = (name: TargetName, figures: LoadFigures) => {
      if (name === 'platform') intakesPosted += figures.requests;
      return figures;
    };

    options.log('warming up (1 s each)');
    for (const name of TARGETS) countIntakes(name, await runLoad(target(name).request('post'), { ...load, durationSeconds: 1 }));
    await target('platform').settle();

    const rounds = new Map<TargetName, LoadFigures[]>(TARGETS.map((name) => [name, []]));
    for (let round = 1; round <= options.rounds; round++) {
      for (const name of TARGETS) {
        const figures = countIntakes(name, await runLoad(target(name).request('post'), load));
        rounds.get(name)?.push(figures);
        options.log(`round ${round}/${options.rounds} ${name.padEnd(8)} ${figures.requestsPerSecond.toFixed(0).padStart(6)} req/s  p99 ${figures.latencyP99Ms.toFixed(1)} ms`);
        // The platform's pipeline catches up before the next target is measured, so it does not steal its core.
        if (name === 'platform') await target('platform').settle();
      }
    }
    const post = Object.fromEntries(TARGETS.map((name) => [name, medianFigures(rounds.get(name) ?? [])])) as Record<TargetName, LoadFigures>;

    options.log('platform: every read route at a steady pace while intakes are posted at full speed');
    const platform = target('platform');
    await platform.stats({ reset: true });
    const reads = Object.keys(platform.requests).filter((name) => name !== 'post');
    const [intakes, ...readFigures] = await Promise.all([
      runLoad(platform.request('post'), load),
      ...reads.map((name) => runLoad(platform.request(name), { connections: 1, durationSeconds: options.durationSeconds, overallRate: READ_RATE })),
    ]);
    const loop = await platform.stats();
    intakesPosted += intakes.requests;
    await platform.settle();

    options.log(`platform: memory once caught up, before and after ${options.memoryIntakes} more intakes`);
    const before = await platform.stats({ collect: true });
    const intakesBefore = intakesPosted;
    let more = 0;
    while (more < options.memoryIntakes) more += (await runLoad(platform.request('post'), { ...load, durationSeconds: 2 })).requests;
    intakesPosted += more;
    await platform.settle();
    const after = await platform.stats({ collect: true });

    return {
      post,
      routesUnderLoad: Object.fromEntries(
        reads.map((name, index) => {
          const figures = readFigures[index] as LoadFigures;
          return [name, { latencyP99Ms: figures.latencyP99Ms, latencyMaxMs: figures.latencyMaxMs, requests: figures.requests }];
        }),
      ),
      intakeUnderMixedLoad: intakes,
      platformEventLoopMaxMs: loop.eventLoopMaxMs,
      platformEventLoopP99Ms: loop.eventLoopP99Ms,
      platformLongestGcPauseMs: loop.longestGcPauseMs,
      memory: {
        intakesBefore,
        intakesAfter: intakesPosted,
        before,
        after,
        heapBytesPerIntake: ((after.heapUsedMiB - before.heapUsedMiB) * 1048576) / Math.max(1, intakesPosted - intakesBefore),
      },
    };
  } finally {
    await Promise.all([...targets.values()].map((t) => t.stop()));
  }
}

