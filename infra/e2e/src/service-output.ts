import type { Readable } from 'node:stream';

/** pino's level number for warn: what a test wants to read back from a process's output. */
const WARN = 40;

interface LogEntry {
  level: number;
  msg: unknown;
  url: unknown;
}

function logEntry(line: string): LogEntry | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null || !('level' in value) || typeof value.level !== 'number') return undefined;
    return { level: value.level, msg: 'msg' in value ? value.msg : undefined, url: 'url' in value ? value.url : undefined };
  } catch {
    return undefined;
  }
}

/** The kit's line once a service process holds its port: `<name> service listening`, with its URL. */
export function saysListening(line: string, url: string): boolean {
  const entry = logEntry(line);
  return entry !== undefined && typeof entry.msg === 'string' && entry.msg.endsWith(' service listening') && entry.url === url;
}

/**
 * A service process's output, line by line. It keeps what the process wrote at warn or above and
 * anything that is not a log line (a crash); info lines only go to `onLine`, since a test's
 * processes answer many requests and each is logged at info.
 */
export function readServiceOutput(stdout: Readable | null, stderr: Readable | null, onLine: (line: string) => void): { text(): string } {
  let text = '';
  let partial = '';
  const keep = (line: string) => {
    const entry = logEntry(line);
    if (entry === undefined || entry.level >= WARN) text += `${line}\n`;
  };
  stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      onLine(line);
      keep(line);
    }
  });
  stdout?.on('end', () => {
    if (partial) keep(partial);
    partial = '';
  });
  stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { text: () => text + partial };
}
