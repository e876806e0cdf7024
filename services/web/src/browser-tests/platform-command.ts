import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

/** The repository's root. */
const root = path.resolve(__dirname, '../../../..');

/** What `npm start` runs once the build is done (scripts/start.sh). */
const START_COMMAND = path.join(root, 'infra/platform/dist/start-platform-cli.js');

/** The last demo account the command lists: once printed, both centres and their staff exist. */
const READY_WHEN_PRINTED = 'juridico@tapachula.example.org';
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;

export interface RunningPlatform {
  /** The web app's address, as the command printed it. */
  webUrl: string;
  portBase: number;
  /** Everything the command printed on stdout so far. */
  stdout(): string;
  /** Everything it printed on stderr so far (warnings and errors, at LOG_LEVEL=warn). */
  stderr(): string;
  /** SIGTERM to the process group, SIGKILL if it does not exit in time; resolves once it exited. */
  stop(): Promise<void>;
}

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * A PORT_BASE whose web port (PORT_BASE-1) and six service ports (PORT_BASE..PORT_BASE+5) are free
 * now, from `from` upwards in steps of ten (the other suites take ephemeral ports, far above).
 */
export async function freePortBase(from: number): Promise<number> {
  for (let base = from; base < from + 500; base += 10) {
    let free = true;
    for (let port = base - 1; port <= base + 5 && free; port++) free = await portFree(port);
    if (free) return base;
  }
  throw new Error(`no free port range between ${from} and ${from + 500}`);
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || exited(child)) return;
  try {
    // Negative pid: the whole group (the command and anything it started).
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Starts the platform as `npm start` does (the built start command, in its own process group) on a
 * range of ports, and resolves once the demo centres are up: the web app listens on PORT_BASE-1.
 */
export async function startPlatformCommand(portBase: number): Promise<RunningPlatform> {
  const child = spawn(process.execPath, [START_COMMAND], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', PORT_BASE: String(portBase), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // If the test process itself ends first (a timeout, Ctrl-C), the platform goes with it.
  const killOnExit = () => signalGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);
  void exit.then(() => process.off('exit', killOnExit));

  const stop = async () => {
    signalGroup(child, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), STOP_TIMEOUT_MS);
    await exit;
    clearTimeout(timer);
  };

  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the platform did not list its demo accounts within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
      const check = () => {
        if (out.includes(READY_WHEN_PRINTED)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', check);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the platform exited (${String(code ?? signal)}) before it was ready`));
      });
      check();
    });
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- stdout\n${out}\n--- stderr\n${err}`);
  }

  const webPort = portBase - 1;
  const address = new RegExp(`https?://[\\w.-]+:${webPort}/?(?=\\s|$)`).exec(out)?.[0];
  if (!address) {
    await stop();
    throw new Error(`the platform did not print the web app's address (port ${webPort})\n--- stdout\n${out}`);
  }
  return { webUrl: address.replace(/\/$/, ''), portBase, stdout: () => out, stderr: () => err, stop };
}
