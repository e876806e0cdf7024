import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The parts of a V8 .cpuprofile (node --cpu-prof) that self time is counted from. */
const cpuProfileSchema = z.object({
  nodes: z.array(z.object({ id: z.number(), callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }) })),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

export interface SelfTime {
  /** The function, and where it is (file:line, 1-based; paths from node_modules or the repository shortened). */
  name: string;
  ms: number;
  /** Of the time the process was busy (not idle). */
  share: number;
}

export interface ProfileSummary {
  busyMs: number;
  idleMs: number;
  top: SelfTime[];
}

const shortUrl = (url: string) => url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '').replace(/^.*\/(packages|services|infra)\//, '$1/');

/** The functions the profiled process spent the most time in themselves (not in what they called), idle time apart. */
export function topSelfTime(file: string, count: number): ProfileSummary {
  const profile = cpuProfileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const nameOf = new Map(
    profile.nodes.map((node) => {
      const { functionName, url, lineNumber } = node.callFrame;
      return [node.id, url ? `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}` : functionName || '(anonymous)'] as const;
    }),
  );
  const self = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    const name = nameOf.get(id) ?? '(unknown)';
    if (name === '(idle)') {
      idle += micros;
      return;
    }
    self.set(name, (self.get(name) ?? 0) + micros);
    busy += micros;
  });
  const top = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, micros]) => ({ name, ms: micros / 1000, share: busy > 0 ? micros / busy : 0 }));
  return { busyMs: busy / 1000, idleMs: idle / 1000, top };
}
