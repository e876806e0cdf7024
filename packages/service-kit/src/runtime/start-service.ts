import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { prepareIndexes } from '@corredor/persistence';
import type { Express } from 'express';
import { buildServiceApp, type AppDeps } from './build-service-app';
import type { ServiceDefinition } from './service-module';

export interface RuntimeOptions extends AppDeps {
  port: number;
  host: string;
}

export interface RunningService {
  name: string;
  url: string;
  app: Express;
  /**
   * Stops accepting and lets in-flight requests finish, stops consuming (in-flight messages finish
   * and are committed), then publishes what the outbox still holds. The bus stays connected.
   */
  stop(): Promise<void>;
}

export async function startService(definition: ServiceDefinition, options: RuntimeOptions): Promise<RunningService> {
  const { logger } = options;
  const { app, module, relay, health, startConsuming } = buildServiceApp(definition, options);
  // Every model is registered by now: create and check their indexes before anything is served.
  if (options.mongo) await prepareIndexes(options.mongo);
  // Express 5 hands a listen error (a port taken) to this callback: fail start-up before joining any consumer group.
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(options.port, options.host, (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  // A request that takes longer than this is not "in flight", it is stuck.
  server.requestTimeout = 30_000;
  await startConsuming();
  relay?.start();
  module.start?.();
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`;
  logger.info({ url, subscriptions: module.subscriptions.map((s) => s.group) }, `${definition.name} service listening`);

  return {
    name: definition.name,
    url,
    app,
    stop: async () => {
      health.draining = true;
      await new Promise<void>((resolve) => {
        // A keep-alive connection turns idle once its in-flight response is sent: close it then,
        // instead of waiting for the keep-alive timeout.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        server.close(() => {
          clearInterval(sweep);
          resolve();
        });
        server.closeIdleConnections();
      });
      await module.stop?.();
      await options.bus.stopConsuming();
      await relay?.stop();
      await relay?.flush();
    },
  };
}
