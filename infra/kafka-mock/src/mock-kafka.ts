import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ensureLauncher } from './compile-launcher';

export interface MockKafkaOptions {
  brokers?: number;
  /** topic name -> partition count */
  topics: Record<string, number>;
}

export interface MockKafka {
  /** Comma-separated host:port list for kafkajs `brokers`. */
  readonly bootstrapServers: string;
  /** Takes brokers down; the log is kept, so this simulates an outage. */
  setDown(broker?: number | 'all'): Promise<void>;
  setUp(broker?: number | 'all'): Promise<void>;
  createTopic(name: string, partitions: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startMockKafka(options: MockKafkaOptions): Promise<MockKafka> {
  const launcher = ensureLauncher();
  const args = ['--brokers', String(options.brokers ?? 1)];
  for (const [topic, partitions] of Object.entries(options.topics)) args.push('--topic', `${topic}:${partitions}`);
  const child: ChildProcessWithoutNullStreams = spawn(launcher, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines = createInterface({ input: child.stdout });
  const waiting: Array<(line: string) => void> = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  lines.on('line', (line) => waiting.shift()?.(line));
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`mock cluster exited (${code}): ${stderr.trim()}`));
      child.once('exit', onExit);
      waiting.push((line) => {
        child.off('exit', onExit);
        resolve(line);
      });
    });

  const first = await nextLine();
  if (!first.startsWith('BOOTSTRAP ')) throw new Error(`unexpected launcher output: ${first}`);
  const bootstrapServers = first.slice('BOOTSTRAP '.length).trim();

  let queue: Promise<unknown> = Promise.resolve();
  const command = (text: string) => {
    const run = queue.then(async () => {
      const reply = nextLine();
      child.stdin.write(`${text}\n`);
      const line = await reply;
      if (!line.startsWith('OK ')) throw new Error(`mock cluster refused "${text}": ${line}`);
    });
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    bootstrapServers,
    setDown: (broker = 'all') => command(`down ${broker}`),
    setUp: (broker = 'all') => command(`up ${broker}`),
    createTopic: (name, partitions) => command(`topic ${name} ${partitions}`),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin.end('quit\n');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}
