import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

/** The repository's root. */
export const root = path.resolve(__dirname, '../../..');

export interface ServiceProcess {
  name: string;
  url: string;
  port: number;
  child: ChildProcess;
  output(): string;
  /** SIGTERM, then the exit code. */
  terminate(): Promise<number | null>;
}

async function freePort(): Promise<number> {
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

/** The six services, as separate processes in the end-to-end tests and images in docker compose. */
export { SERVICE_NAMES, type ServiceName } from '@corredor/centre-cli';

/** Environment variables, or a function of the port the process will listen on (for a URL of its own). */
export type ProcessEnv = Record<string, string> | ((port: number) => Record<string, string>);

/** Runs a built service (`node services/<name>/dist/main.js`) as its own process. */
export async function spawnService(name: string, env: ProcessEnv): Promise<ServiceProcess> {
  return spawnNodeProcess(name, { cwd: path.join(root, 'services', name), args: ['dist/main.js'], env });
}

/** Runs `node <args>` in `cwd` on a free loopback port (PORT), as a container would run its command. */
export async function spawnNodeProcess(
  name: string,
  options: { cwd: string; args: string[]; env: ProcessEnv },
): Promise<ServiceProcess> {
  const port = await freePort();
  const env = typeof options.env === 'function' ? options.env(port) : options.env;
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    // The tests run processes on a broker without MongoDB: in-memory stores, asked for explicitly
    // (a service refuses them otherwise, since a restart would lose what the broker thinks it has).
    env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(port), ALLOW_MEMORY_STORES: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    output: () => output,
    terminate: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
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
