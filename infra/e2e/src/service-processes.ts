import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { readServiceOutput, saysListening } from './service-output';

/** The repository's root. */
export const root = path.resolve(__dirname, '../../..');

export interface ServiceProcess {
  name: string;
  /** Where this process listens: it said so itself, and nothing else can listen there until it exits. */
  url: string;
  port: number;
  child: ChildProcess;
  /** What it wrote at warn level or above, and anything that is not a log line (a crash). */
  output(): string;
  /** False once it exited: its port may then serve anyone. */
  running(): boolean;
  /** SIGTERM, then the exit code. */
  terminate(): Promise<number | null>;
}

/** How often a process is started again because its port was taken before it could listen. */
const ATTEMPTS = 5;
const LISTEN_TIMEOUT_MS = 60_000;

/**
 * A port that was free a moment ago. Nothing holds it for the process it is meant for: until that
 * process listens, anyone may take it (another jest worker's process, an outgoing connection).
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE'));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
  });
}

/** The six services, as separate processes in the end-to-end tests and images in docker compose. */
export { SERVICE_NAMES, type ServiceName } from '@corredor/centre-cli';

/** Environment variables, or a function of the port the process will listen on (for a URL of its own). */
export type ProcessEnv = Record<string, string> | ((port: number) => Record<string, string>);

export interface SpawnOptions {
  cwd: string;
  args: string[];
  env: ProcessEnv;
  /** Where to try first, and again after a port was taken (a free port by default). */
  choosePort?: () => Promise<number>;
  /**
   * `warn`: the process logs as in production (no line per request), for the benchmark; it is known
   * to listen once its /healthz answers. By default it logs at info and says so itself.
   */
  logLevel?: 'info' | 'warn';
}

/** Runs a built service (`node services/<name>/dist/main.js`) as its own process. */
export async function spawnService(name: string, env: ProcessEnv, options: Pick<SpawnOptions, 'choosePort' | 'logLevel'> = {}): Promise<ServiceProcess> {
  return spawnNodeProcess(name, { cwd: path.join(root, 'services', name), args: ['dist/main.js'], env, ...options });
}

/**
 * Runs `node <args>` in `cwd` on a loopback port (PORT), as a container would run its command, and
 * returns once the process says it listens there. A process whose port was taken in the meantime
 * exits; it is started again on another port, so its URL never reaches whoever took the port.
 */
export async function spawnNodeProcess(name: string, options: SpawnOptions): Promise<ServiceProcess> {
  const taken: number[] = [];
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const port = await (options.choosePort ?? freePort)();
    const started = startOnPort(name, options, port);
    const outcome = await started.outcome;
    if (outcome === 'listening') return started.service;
    const output = started.service.output();
    if (outcome === 'silent') throw new Error(`${name} did not say it listens on ${started.service.url} within ${LISTEN_TIMEOUT_MS} ms\n${output}`);
    if (!output.includes('EADDRINUSE') && !(await portTaken(port))) {
      throw new Error(`${name} exited (code ${String(started.service.child.exitCode)}) before it listened\n${output}`);
    }
    taken.push(port);
  }
  throw new Error(`${name} could not listen: ports ${taken.join(', ')} were taken before it started`);
}

type Outcome = 'listening' | 'exited' | 'silent';

function startOnPort(name: string, options: SpawnOptions, port: number): { service: ServiceProcess; outcome: Promise<Outcome> } {
  const url = `http://127.0.0.1:${port}`;
  const env = typeof options.env === 'function' ? options.env(port) : options.env;
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    // The tests run processes on a broker without MongoDB: in-memory stores, asked for explicitly
    // (a service refuses them otherwise, since a restart would lose what the broker thinks it has).
    // The kit says where it listens at info level: the harness reads that line, whatever the test wants to read.
    env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'test', ALLOW_MEMORY_STORES: 'true', ...env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: options.logLevel ?? 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let said: () => void = () => undefined;
  const output = readServiceOutput(child.stdout, child.stderr, (line) => {
    if (saysListening(line, url)) said();
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  const terminate = () =>
    new Promise<number | null>((resolve) => {
      if (!running()) return resolve(child.exitCode);
      child.once('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
  const outcome = new Promise<Outcome>((resolve) => {
    const timer = setTimeout(() => {
      resolve('silent');
      void terminate();
    }, LISTEN_TIMEOUT_MS);
    const settle = (value: Outcome) => {
      clearTimeout(timer);
      resolve(value);
    };
    said = () => settle('listening');
    if (options.logLevel === 'warn') void pollHealth(url, running).then((answered) => answered && said());
    // 'close' comes once its output is read to the end: a line it wrote before exiting counts.
    child.once('close', () => settle('exited'));
    child.once('error', () => settle('exited'));
  });
  return { service: { name, url, port, child, output: output.text, running, terminate }, outcome };
}

/** Whether the process at `url` answers GET /healthz before it exits (or LISTEN_TIMEOUT_MS pass). */
async function pollHealth(url: string, running: () => boolean): Promise<boolean> {
  const deadline = Date.now() + LISTEN_TIMEOUT_MS;
  while (running() && Date.now() < deadline) {
    const answered = await fetch(`${url}/healthz`).then((res) => res.ok, () => false);
    if (answered) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

export async function waitUntil<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}
