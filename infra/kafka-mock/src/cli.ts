#!/usr/bin/env node
import { TOPIC_PARTITIONS } from '@corredor/contracts';
import { createInterface } from 'node:readline';
import { startMockKafka } from './mock-kafka';

/**
 * Starts the mock cluster with the project's topics and prints the bootstrap servers. Type
 * `down`, `up` or `quit` (or send SIGINT) to simulate an outage or stop.
 */
async function main(): Promise<void> {
  const kafka = await startMockKafka({ brokers: Number(process.env['MOCK_KAFKA_BROKERS'] ?? 1), topics: TOPIC_PARTITIONS });
  process.stdout.write(`KAFKA_BROKERS=${kafka.bootstrapServers}\n`);
  const stop = () => void kafka.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  for await (const line of createInterface({ input: process.stdin })) {
    const command = line.trim();
    if (command === 'quit') break;
    if (command === 'down') await kafka.setDown().then(() => process.stdout.write('brokers down\n'));
    else if (command === 'up') await kafka.setUp().then(() => process.stdout.write('brokers up\n'));
    else if (command) process.stdout.write('commands: down, up, quit\n');
  }
  stop();
}

void main();
