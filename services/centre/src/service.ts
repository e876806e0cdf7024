import { MemoryOutbox, MemoryProcessedEvents, MongoOutbox, MongoProcessedEvents } from '@corredor/persistence';
import { ApiRoutes, buildServiceApp, mongoLimiterFactory, type AppDeps, type ServiceDefinition } from '@corredor/service-kit';
import { Router } from 'express';
import type { Connection } from 'mongoose';
import { DEVELOPMENT_COOKIE_KEY } from './development-keys';
import { issueMissingDataKeysUseCase } from './centres/centre-data-key.use-case';
import { MemoryCentreRepository } from './centres/centre.repository.memory';
import { MongoCentreRepository } from './centres/centre.repository.mongo';
import { centresRoutes } from './centres/centres.routes';
import { ownCentreRoutes } from './centres/own-centre.routes';
import { createIdentityProvider } from './identity/identity-provider';
import { MemoryOidcStore } from './identity/oidc-store.memory';
import { WEB_CLIENT_ID, webClient } from './identity/web-client';
import { MongoOidcStore } from './identity/oidc-store.mongo';
import { MemorySigningKeyStore } from './identity/signing-keys.memory';
import { MongoSigningKeyStore } from './identity/signing-keys.mongo';
import { coordinatorRoutes } from './staff/coordinator.routes';
import { identityAccounts } from './staff/identity-accounts.adapter';
import { invitationRouter } from './staff/invitation.routes';
import { argon2idHasher, type PasswordHasher } from './staff/password-hasher';
import type { StaffDeps } from './staff/staff-deps';
import { MemoryStaffRepository } from './staff/staff.repository.memory';
import { MongoStaffRepository } from './staff/staff.repository.mongo';
import { staffRoutes } from './staff/staff.routes';

export interface CentreServiceSettings {
  /** Where people reach this service: the issuer (`<publicUrl>/oidc`), sign-in pages and invitation links are built on it. */
  publicUrl: string;
  invitationTtlMs: number;
  /** How long access tokens live: the bound on how late a deactivation or a suspension takes effect. */
  accessTokenTtlSeconds: number;
  cookieKeys?: string[];
  keyEncryptionSecret?: string;
  signingKeyMaxAgeSeconds?: number;
  consoleRedirectUris?: string[];
  /**
   * Where browsers reach the staff web app (services/web), e.g. https://corredor.example.org: it is
   * registered as the first-party client `corredor-web` (redirect `<origin>/auth/callback`, back to
   * `<origin>/` after sign-out), whose sign-in asks no consent.
   */
  webClientOrigin?: string;
  trustProxy?: boolean;
  production?: boolean;
  hasher?: PasswordHasher;
}

function storage(mongo: Connection | null, clock: () => Date) {
  if (mongo) {
    const outbox = new MongoOutbox(mongo);
    return {
      outbox,
      centres: new MongoCentreRepository(mongo, outbox),
      staff: new MongoStaffRepository(mongo),
      processed: new MongoProcessedEvents(mongo),
      oidc: new MongoOidcStore(mongo, clock),
      keys: new MongoSigningKeyStore(mongo),
      createLimiter: mongoLimiterFactory(mongo, 'signin_throttle'),
    };
  }
  const outbox = new MemoryOutbox();
  return {
    outbox,
    centres: new MemoryCentreRepository(outbox),
    staff: new MemoryStaffRepository(),
    processed: new MemoryProcessedEvents(),
    oidc: new MemoryOidcStore(clock),
    keys: new MemorySigningKeyStore(),
    createLimiter: undefined,
  };
}

const KEY_ROTATION_CHECK_MS = 60_000;

/** The centre registry, the staff directory and the staff identity provider (OpenID Connect). */
export function centreService(settings: CentreServiceSettings): ServiceDefinition {
  const publicUrl = settings.publicUrl.replace(/\/+$/, '');
  return {
    name: 'centre',
    errorPrefix: 'CENTRE',
    defaultPort: 3006,
    create: ({ mongo, clock, logger, outboxWritten, keyWrapper }) => {
      const { outbox, centres, staff, processed, oidc, keys, createLimiter } = storage(mongo, clock);
      const hasher = settings.hasher ?? argon2idHasher();
      const staffDeps: StaffDeps = { staff, centres, clock, hasher, publicUrl, invitationTtlMs: settings.invitationTtlMs };
      const identity = createIdentityProvider({
        issuer: `${publicUrl}/oidc`,
        publicUrl,
        accounts: identityAccounts({ staff, centres, hasher, clock, issuerName: 'Corredor' }),
        store: oidc,
        keys,
        clock,
        logger,
        cookieKeys: settings.cookieKeys ?? [DEVELOPMENT_COOKIE_KEY],
        production: settings.production ?? false,
        accessTokenTtlSeconds: settings.accessTokenTtlSeconds,
        ...(settings.keyEncryptionSecret ? { keyEncryptionSecret: settings.keyEncryptionSecret } : {}),
        ...(settings.signingKeyMaxAgeSeconds ? { keyRotation: { maxAgeSeconds: settings.signingKeyMaxAgeSeconds } } : {}),
        ...(settings.consoleRedirectUris ? { consoleRedirectUris: settings.consoleRedirectUris } : {}),
        ...(settings.webClientOrigin ? { clients: [webClient(settings.webClientOrigin)] } : {}),
        ...(settings.trustProxy === undefined ? {} : { trustProxy: settings.trustProxy }),
        ...(createLimiter ? { createLimiter } : {}),
      });
      const rotation = setInterval(() => {
        identity.rotateSigningKeyIfDue().catch((error: unknown) => logger.error({ errorName: error instanceof Error ? error.name : 'unknown' }, 'signing key rotation failed'));
      }, KEY_ROTATION_CHECK_MS);
      rotation.unref();

      const centreDeps = { centres, clock, outboxWritten, keyWrapper };
      const api = new ApiRoutes('centre');
      centresRoutes(api, centreDeps);
      ownCentreRoutes(api, centreDeps);
      coordinatorRoutes(api, staffDeps);
      staffRoutes(api, staffDeps);
      const publicRoutes = Router();
      publicRoutes.use(invitationRouter({ ...staffDeps, signInUrl: `${publicUrl}/signin` }));
      publicRoutes.use(identity.mountPath, identity.router);
      return {
        api,
        publicRoutes,
        subscriptions: [],
        processed,
        outbox,
        isStoreReachable: async () => (await centres.isReachable()) && (await staff.isReachable()),
        // Centres registered before data keys existed get theirs; a failure is retried at the next start.
        start: () => {
          issueMissingDataKeysUseCase(centreDeps)
            .then((issued) => {
              if (issued.length > 0) logger.info({ centres: issued }, 'data keys issued to centres that had none');
            })
            .catch((error: unknown) => logger.error({ errorName: error instanceof Error ? error.name : 'unknown' }, 'issuing missing data keys failed'));
        },
        stop: async () => clearInterval(rotation),
      };
    },
  };
}

export { WEB_CLIENT_ID };

export const buildApp = (deps: AppDeps, settings: CentreServiceSettings) => buildServiceApp(centreService(settings), deps);
