import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiService } from '@corredor/contracts';
import type { HealthState, Logger } from '@corredor/service-kit';
import { openIdClient } from './auth/openid-client.adapter';
import { DEFAULT_SCOPES } from './config';
import type { PreferencesStore } from './preferences/preferences-store.port';
import type { SessionStore } from './sessions/session-store.port';
import { DEFAULT_PUBLIC_DIR } from './static/static-app';
import { buildWebApp } from './web-app';

export { buildWebApp, type WebApp, type WebAppDeps } from './web-app';
export { DEVELOPMENT_SESSION_SECRET, DEFAULT_SCOPES, readWebConfig, publicUrlOf, type WebConfig } from './config';
export { openIdClient, type OpenIdClientSettings } from './auth/openid-client.adapter';
export { ProviderRefusedError, ProviderUnavailableError, type OidcClient, type ProviderTokens } from './auth/oidc-client.port';
export { MemorySessionStore } from './sessions/session-store.memory';
export { MemoryPreferencesStore } from './preferences/preferences-store.memory';
export { DEFAULT_PUBLIC_DIR } from './static/static-app';
export type { SessionStore } from './sessions/session-store.port';
export type { PreferencesStore } from './preferences/preferences-store.port';

export interface WebServiceOptions {
  port: number;
  host: string;
  /** Where browsers reach the app (defaults to this host and port: a laptop). */
  publicUrl?: string;
  /** The identity provider (OIDC_ISSUER). */
  issuer: string;
  /** Where this server reaches the provider, when the issuer's address does not resolve from here. */
  issuerInternalOrigin?: string;
  clientId?: string;
  scopes?: string;
  serviceUrls: Readonly<Record<ApiService, string>>;
  sessionSecrets: string[];
  sessions: SessionStore;
  preferences: PreferencesStore;
  logger: Logger;
  /** Plain http to the provider (refused in production by the config). */
  allowHttpProvider: boolean;
  trustProxy?: number;
  idleTimeoutMs?: number;
  maxSessionMs?: number;
  publicDir?: string;
  clock?: () => Date;
}

export interface RunningWebService {
  name: 'web';
  url: string;
  /** Stops accepting, lets in-flight requests finish. */
  stop(): Promise<void>;
}

/** The web app listening: its own process (main.ts) or one of `npm start`'s. */
export async function startWebService(options: WebServiceOptions): Promise<RunningWebService> {
  if (options.publicUrl === undefined && options.port === 0) throw new Error('web service: on a port chosen at random, say where browsers reach it (publicUrl)');
  const health: HealthState = { draining: false };
  const provisionalUrl = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${options.port}`;
  const { app } = buildWebApp({
    publicUrl: options.publicUrl ?? provisionalUrl,
    oidc: openIdClient({
      issuer: options.issuer,
      clientId: options.clientId ?? 'corredor-web',
      scopes: options.scopes ?? DEFAULT_SCOPES,
      allowHttp: options.allowHttpProvider,
      logger: options.logger,
      ...(options.issuerInternalOrigin ? { internalOrigin: options.issuerInternalOrigin } : {}),
    }),
    sessions: options.sessions,
    preferences: options.preferences,
    serviceUrls: options.serviceUrls,
    sessionSecrets: options.sessionSecrets,
    logger: options.logger,
    publicDir: options.publicDir ?? DEFAULT_PUBLIC_DIR,
    health,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
    ...(options.idleTimeoutMs === undefined ? {} : { idleTimeoutMs: options.idleTimeoutMs }),
    ...(options.maxSessionMs === undefined ? {} : { maxSessionMs: options.maxSessionMs }),
  });
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(options.port, options.host, (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  server.requestTimeout = 60_000;
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`;
  options.logger.info({ url }, 'web service listening');
  return {
    name: 'web',
    url,
    stop: async () => {
      health.draining = true;
      await new Promise<void>((resolve) => {
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        server.close(() => {
          clearInterval(sweep);
          resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}
