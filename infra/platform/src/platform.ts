import { createServer } from 'node:net';
import { SERVICE_NAMES, type ServiceName } from '@corredor/centre-cli';
import { KEPT_FOREVER_TOPICS } from '@corredor/contracts';
import { InMemoryBus } from '@corredor/messaging';
import { createLogger, createTokenVerifier, startService, type RateLimitSettings, type RunningService, type ServiceDefinition } from '@corredor/service-kit';
import { developmentKeyWrapper, TEST_AUTH } from '@corredor/service-kit/testing';
import { caseService } from '@corredor/case-service';
import { centreService } from '@corredor/centre-service';
import { intakeService } from '@corredor/intake-service';
import { notificationService } from '@corredor/notification-service';
import { referralService } from '@corredor/referral-service';
import { defineReportingService, MemoryEventLog } from '@corredor/reporting-service';
import { DEVELOPMENT_SESSION_SECRET, MemoryPreferencesStore, MemorySessionStore, startWebService, type RunningWebService } from '@corredor/web-service';

// The six services, in port order (intake on the base port ... centre last): the list the operator's command waits on.
export { SERVICE_NAMES };

export interface PlatformOptions {
  host: string;
  /** intake listens here, then case, referral, notification, reporting and centre on the next ports; 0: any free ports. */
  portBase: number;
  logLevel: string;
  authSecret?: string;
  /** How long staff access tokens live (seconds); default 300. */
  accessTokenTtlSeconds?: number;
  /**
   * Keep the topics reporting replays (case, referral, consent, network) whole, so an operator can
   * rebuild its projection (npm run reporting -- rebuild). Off by default: the bus then drops every
   * message once all groups consumed it, so memory stays flat however long the platform runs, and a
   * rebuild is refused (REPORTING.REBUILD_UNAVAILABLE).
   */
  keepEventLog?: boolean;
  /** Rate limits on every service's /v1 (the kit's defaults unless given; the benchmark lifts them). */
  rateLimits?: RateLimitSettings;
  /** The staff web app, on the port below the base (3000 for npm start) or a free one; on unless false. */
  web?: boolean;
}

export interface Platform {
  /** The six API services. */
  services: RunningService[];
  /** The staff web app (null when not asked for): what people open in a browser. */
  web: RunningWebService | null;
  bus: InMemoryBus;
  url(name: ServiceName | 'web'): string;
  stop(): Promise<void>;
}

async function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The whole platform in one process: the six services on their own ports, sharing an in-memory
 * bus, each with in-memory stores, and the staff web app in front of them. Staff sign in at the
 * centre service (the web app is its client `corredor-web`); every service verifies their tokens
 * against its JWKS, and also accepts development tokens (npm run token). For trying Corredor out
 * and for demos, not for real data.
 */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const bus = new InMemoryBus({ dropConsumed: true, keepTopics: options.keepEventLog ? [...KEPT_FOREVER_TOPICS] : [] });
  const loopback = options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  // The centre service's address goes into its issuer and links, so its port is chosen up front.
  const centrePort = options.portBase === 0 ? await freePort(options.host) : options.portBase + SERVICE_NAMES.indexOf('centre');
  const centreUrl = `http://${loopback}:${centrePort}`;
  // The web app's address is the centre's client registration (its redirect), so it too is chosen first.
  const withWeb = options.web !== false;
  const webPort = !withWeb ? 0 : options.portBase === 0 ? await freePort(options.host) : options.portBase - 1;
  const webUrl = `http://${loopback}:${webPort}`;
  const secret = options.authSecret ?? TEST_AUTH.secret;
  const verifyToken = createTokenVerifier({ ...TEST_AUTH, secret, jwksUrl: `${centreUrl}/oidc/jwks`, jwksIssuer: `${centreUrl}/oidc` });
  const definitions: Record<ServiceName, ServiceDefinition> = {
    intake: intakeService,
    case: caseService,
    referral: referralService,
    notification: notificationService,
    // Operators rebuild reporting's projection from the bus's log (npm run reporting -- rebuild), when the platform keeps it.
    reporting: defineReportingService(options.keepEventLog ? { replay: { log: () => new MemoryEventLog(bus) } } : {}),
    centre: centreService({
      publicUrl: centreUrl,
      invitationTtlMs: 72 * 3600_000,
      accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 300,
      // In-memory keys that die with the process; sealing them only keeps the development setup like production's.
      keyEncryptionSecret: `${secret}-signing-keys`,
      ...(withWeb ? { webClientOrigin: webUrl } : {}),
    }),
  };
  const services: RunningService[] = [];
  for (const [index, name] of SERVICE_NAMES.entries()) {
    const port = name === 'centre' ? centrePort : options.portBase === 0 ? 0 : options.portBase + index;
    services.push(
      await startService(definitions[name], {
        port,
        host: options.host,
        bus,
        logger: createLogger(`corredor-${name}`, options.logLevel),
        verifyToken,
        mongo: null,
        // The published development master key: npm start is for trying Corredor out, never for real data.
        keyWrapper: developmentKeyWrapper(),
        clock: () => new Date(),
        outboxPollIntervalMs: 200,
        ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
        // People's calls come through the web app, which says whose they are in X-Forwarded-For: the five
        // services behind it trust that one hop, so their per-address limits count people, not the app.
        // The centre service does not: browsers reach its sign-in pages directly, and its throttle per
        // address must not take an address a browser wrote.
        ...(withWeb && name !== 'centre' ? { trustProxy: 1 } : {}),
      }),
    );
  }
  const web = withWeb
    ? await startWebService({
        port: webPort,
        host: options.host,
        publicUrl: webUrl,
        issuer: `${centreUrl}/oidc`,
        serviceUrls: Object.fromEntries(services.map((service) => [service.name, service.url])) as Record<ServiceName, string>,
        // The published development secret and memory stores: npm start is for trying Corredor out.
        sessionSecrets: [DEVELOPMENT_SESSION_SECRET],
        sessions: new MemorySessionStore(() => new Date()),
        preferences: new MemoryPreferencesStore(),
        logger: createLogger('corredor-web', options.logLevel),
        allowHttpProvider: true,
      })
    : null;
  return {
    services,
    web,
    bus,
    url: (name) => (name === 'web' ? (web?.url ?? '') : (services.find((s) => s.name === name)?.url ?? '')),
    stop: async () => {
      await web?.stop();
      for (const service of services) await service.stop();
      await bus.stop();
    },
  };
}
