import { fork, type ChildProcess } from 'node:child_process';
import type { z } from 'zod';

/** Children still running, so a deadline can end them. */
const running = new Set<ChildProcess>();

/** Ends every benchmark child still running (the deadline passed, or the benchmark failed). */
export function killChildren(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/**
 * A benchmark child: a compiled script forked with an IPC channel, its output sent to our stderr
 * (so the table on stdout stays clean), its messages checked against their schema.
 */
export class BenchChild<M extends { kind: string }> {
  private readonly child: ChildProcess;
  private readonly inbox: M[] = [];
  private waiting: (() => void) | null = null;
  private exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  readonly exited: Promise<void>;

  constructor(script: string, options: { env: Record<string, string>; execArgv?: string[]; schema: z.ZodType<M> }) {
    this.child = fork(script, [], { env: { ...process.env, ...options.env }, execArgv: options.execArgv ?? [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    running.add(this.child);
    this.child.stdout?.pipe(process.stderr);
    this.child.stderr?.pipe(process.stderr);
    this.child.on('message', (raw) => {
      this.inbox.push(options.schema.parse(raw));
      this.waiting?.();
    });
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        running.delete(this.child);
        this.exit = { code, signal };
        this.waiting?.();
        resolve();
      });
    });
  }

  /** The next message of this kind (earlier ones of other kinds are dropped); rejects if the child ends first. */
  async next<K extends M['kind']>(kind: K): Promise<Extract<M, { kind: K }>> {
    for (;;) {
      const index = this.inbox.findIndex((message) => message.kind === kind);
      if (index >= 0) return this.inbox.splice(0, index + 1)[index] as Extract<M, { kind: K }>;
      if (this.exit) throw new Error(`child ended (code ${this.exit.code}, signal ${this.exit.signal}) before sending ${kind}`);
      await new Promise<void>((resolve) => (this.waiting = resolve));
      this.waiting = null;
    }
  }

  send(command: object): void {
    this.child.send(command);
  }

  /** Waits for the child to end and throws unless it ended well. */
  async ended(): Promise<void> {
    await this.exited;
    if (this.exit?.code !== 0) throw new Error(`child ended with code ${this.exit?.code}, signal ${this.exit?.signal}`);
  }
}
