import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { RequestSpec, TargetCommand, TargetReply, TargetStats } from '../targets/target-protocol';

export type TargetName = 'hello' | 'kit' | 'intake' | 'platform';

export interface TargetProcess {
  name: TargetName;
  requests: Record<string, RequestSpec>;
  request(name: string): RequestSpec;
  /** `reset`: start the loop's figures afresh after these; `collect`: a full garbage collection first (memory figures). */
  stats(options?: { reset?: boolean; collect?: boolean }): Promise<TargetStats>;
  /** Waits until the target's background work (relays, consumers) has caught up. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts a target in its own process (so the load generator and the server do not share an event
 * loop: on two cores, one each), and talks to it over IPC.
 */
export async function startTarget(name: TargetName): Promise<TargetProcess> {
  const child = fork(path.join(__dirname, '..', 'targets', `${name}.target.js`), [], {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const replies: Array<(reply: TargetReply) => void> = [];
  let exited: Error | null = null;
  child.on('message', (reply: TargetReply) => replies.shift()?.(reply));
  child.once('exit', (code) => {
    exited = new Error(`benchmark target ${name} exited (code ${String(code)})`);
    for (const waiting of replies.splice(0)) waiting({ type: 'failed', error: exited.message });
  });
  const ask = (command: TargetCommand | null): Promise<TargetReply> =>
    new Promise((resolve, reject) => {
      if (exited) return reject(exited);
      replies.push((reply) => (reply.type === 'failed' ? reject(new Error(`${name}: ${reply.error}`)) : resolve(reply)));
      if (command) child.send(command);
    });
  const ready = await ask(null);
  if (ready.type !== 'ready') throw new Error(`${name} answered ${ready.type} before it was ready`);
  return {
    name,
    requests: ready.requests,
    request: (request) => {
      const spec = ready.requests[request];
      if (!spec) throw new Error(`${name} offers no request named ${request}`);
      return spec;
    },
    stats: async ({ reset = false, collect = false } = {}) => {
      const reply = await ask({ type: 'stats', reset, collect });
      if (reply.type !== 'stats') throw new Error(`${name} answered ${reply.type} to stats`);
      return reply.stats;
    },
    settle: async () => {
      await ask({ type: 'settle' });
    },
    stop: () => stopChild(child),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.send({ type: 'stop' } satisfies TargetCommand);
  });
}
