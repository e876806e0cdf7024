import path from 'node:path';
import { applyCentreFile, type ApplyCentreResult } from '@corredor/centre-cli';
import { TOPIC_PARTITIONS } from '@corredor/contracts';
import { startMockKafka, type MockKafka } from '@corredor/kafka-mock';
import { TEST_AUTH } from '@corredor/service-kit/testing';
import { root, SERVICE_NAMES, spawnService, waitUntil, type ProcessEnv, type ServiceName, type ServiceProcess } from './service-processes';

/** Where the sign-in flow of the tests ends: a loopback redirect URI of the console client that nothing fetches. */
export const TEST_REDIRECT_URI = 'http://127.0.0.1/callback';

export interface PlatformProcesses {
  kafka: MockKafka;
  services: Record<ServiceName, ServiceProcess>;
  serviceUrls: Record<ServiceName, string>;
  issuer: string;
  /** Calls a service's API with a bearer token; the body parsed from JSON. */
  api(service: ServiceName, method: string, path: string, token: string, body?: unknown, headers?: Record<string, string>): ReturnType<typeof callApi>;
  /** Stops one service (SIGTERM: it finishes what it handles and leaves its groups). */
  stopService(name: ServiceName): Promise<void>;
  /** Starts a stopped service again, as it was started (a new port: `services` and `serviceUrls` follow). */
  restartService(name: ServiceName): Promise<ServiceProcess>;
  /** Applies a centre file as an operator of its first network would (development operator token). */
  apply(file: string, options?: { text?: string; network?: string }): Promise<ApplyCentreResult>;
  stop(): Promise<void>;
}

/** Calls an API with a bearer token; the answer's body parsed from JSON, as the tests read it. */
async function callApi(baseUrl: string, method: string, path: string, token: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

export const centreFile = (id: string) => path.join(root, 'infra/centres', `${id}.yaml`);

/**
 * The six services as separate processes over the Kafka protocol (librdkafka's mock cluster). The
 * centre service starts first: the others verify staff tokens against its JWKS. Development tokens
 * (HS256) are accepted too, for the operator's command and the tests' shortcuts.
 */
export interface PlatformOptions {
  /** For every service. */
  env?: Record<string, string>;
  /** For the centre service only (over `env`). */
  centreEnv?: Record<string, string>;
  /** Topics the mock cluster holds besides the platform's (the benchmark's own), with their partitions. */
  extraTopics?: Record<string, number>;
  /** `warn`: every service logs as in production, no line per request (the benchmark); info by default. */
  logLevel?: 'info' | 'warn';
  /** For one of the other services only (over `env`): `{ reporting: { SHARING_SCAN_INTERVAL_MS: '500' } }`. */
  serviceEnv?: Partial<Record<Exclude<ServiceName, 'centre'>, Record<string, string>>>;
}

export async function startPlatformProcesses(options: PlatformOptions = {}): Promise<PlatformProcesses> {
  const kafka = await startMockKafka({ brokers: 1, topics: { ...TOPIC_PARTITIONS, ...options.extraTopics } });
  const env = { KAFKA_BROKERS: kafka.bootstrapServers, AUTH_JWT_SECRET: TEST_AUTH.secret, OUTBOX_POLL_INTERVAL_MS: '200', ...options.env };
  const started: ServiceProcess[] = [];
  const envs = new Map<ServiceName, ProcessEnv>();
  const start = async (name: ServiceName, serviceEnv: ProcessEnv) => {
    envs.set(name, serviceEnv);
    const service = await spawnService(name, serviceEnv, options.logLevel ? { logLevel: options.logLevel } : {});
    started.push(service);
    return service;
  };
  try {
    const centre = await start('centre', (port) => ({
      ...env,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      AUTH_JWKS_URL: `http://127.0.0.1:${port}/oidc/jwks`,
      AUTH_OIDC_ISSUER: `http://127.0.0.1:${port}/oidc`,
      OIDC_CONSOLE_REDIRECT_URIS: TEST_REDIRECT_URI,
      ...options.centreEnv,
    }));
    const issuer = `${centre.url}/oidc`;
    const others = SERVICE_NAMES.filter((n): n is Exclude<ServiceName, 'centre'> => n !== 'centre');
    const spawned = await Promise.allSettled(
      others.map((name) => start(name, { ...env, AUTH_JWKS_URL: `${issuer}/jwks`, AUTH_OIDC_ISSUER: issuer, ...options.serviceEnv?.[name] })),
    );
    const failed = spawned.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    const services = Object.fromEntries(started.map((service) => [service.name, service])) as Record<ServiceName, ServiceProcess>;
    await Promise.all(
      SERVICE_NAMES.map((name) =>
        waitUntil(async () => {
          const body = (await fetch(`${alive(services[name]).url}/readyz`).then((r) => r.json())) as { status: string };
          return body.status === 'ready' ? true : undefined;
        }, 60_000, `${name} ready`).catch((error: unknown) => {
          throw new Error(`${String(error)}\n${services[name].output()}`);
        }),
      ),
    );
    const respawn = (name: ServiceName) => spawnService(name, envs.get(name) ?? env, options.logLevel ? { logLevel: options.logLevel } : {});
    return platformOf(kafka, services, issuer, respawn);
  } catch (error) {
    await Promise.all(started.map((service) => service.terminate()));
    await kafka.stop();
    throw error;
  }
}

/** A service's process, still running: once it exited, its port may serve another test's process. */
function alive(service: ServiceProcess): ServiceProcess {
  if (!service.running()) throw new Error(`${service.name} exited (code ${String(service.child.exitCode)})\n${service.output()}`);
  return service;
}

function platformOf(
  kafka: MockKafka,
  services: Record<ServiceName, ServiceProcess>,
  issuer: string,
  respawn: (name: ServiceName) => Promise<ServiceProcess>,
): PlatformProcesses {
  const serviceUrls = Object.fromEntries(SERVICE_NAMES.map((name) => [name, services[name].url])) as Record<ServiceName, string>;
  return {
    kafka,
    services,
    serviceUrls,
    issuer,
    stopService: async (name) => {
      await services[name].terminate();
    },
    restartService: async (name) => {
      if (services[name].running()) throw new Error(`${name} is running: stop it first`);
      const service = await respawn(name);
      services[name] = service;
      serviceUrls[name] = service.url;
      await waitUntil(async () => ((await fetch(`${service.url}/readyz`).then((r) => r.json())) as { status: string }).status === 'ready' || undefined, 60_000, `${name} ready again`);
      return service;
    },
    api: async (service, method, path, token, body, headers) => callApi(alive(services[service]).url, method, path, token, body, headers),
    apply: async (file, applyOptions = {}) => {
      for (const service of Object.values(services)) alive(service);
      return applyCentreFile({
        file,
        ...(applyOptions.text === undefined ? {} : { text: applyOptions.text, fileName: path.basename(file) }),
        ...(applyOptions.network === undefined ? {} : { network: applyOptions.network }),
        centreUrl: serviceUrls.centre,
        serviceUrls,
        devTokenSecret: TEST_AUTH.secret,
        timeoutMs: 30_000,
      });
    },
    stop: async () => {
      await Promise.all(Object.values(services).map((s) => s.terminate()));
      await kafka.stop();
    },
  };
}
