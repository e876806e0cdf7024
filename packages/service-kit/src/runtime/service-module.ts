import type { OutboxStore, ProcessedEvents, Subscription } from '@corredor/messaging';
import type { Router } from 'express';
import type { ApiRoutes } from '../api/api-routes';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { KeyWrapper } from '@corredor/crypto';
import type { CentreDirectoryView } from '../centres/centre-directory';
import type { CentreKeys } from '../centres/centre-keys';
import type { AuditTrail } from '../audit/audit-trail';

/** What a service's composition gets: plain values, so tests pass in-memory ones and a fixed clock. */
export interface ServiceDeps {
  logger: Logger;
  clock: () => Date;
  /** null: keep data in memory. */
  mongo: Connection | null;
  /** Call after a transaction wrote to the outbox, so the relay publishes now rather than at its next poll. */
  outboxWritten: () => void;
  /** The centres as this process knows them (time zone, languages, status, networks). */
  centres: CentreDirectoryView;
  /**
   * The service's audit trail of sensitive reads: `await audit.recordRead(res, { action, record, purpose })`
   * in a route handler, before it answers. Its routes (GET /v1/audit-trail...) are added by the kit.
   */
  audit: AuditTrail;
  /** Seals and opens each centre's personal data under its data key, and computes blind indexes. */
  keys: CentreKeys;
  /** Wraps new data keys (the centre service issues them). */
  keyWrapper: KeyWrapper;
}

/** What a service is made of; the runtime turns it into a running process. */
export interface ServiceModule {
  /** The /v1 API: every route documented in the service's OpenAPI document. */
  api: ApiRoutes;
  /**
   * Routes outside /v1 with no bearer token and no body parser in front (the identity provider's
   * endpoints, its sign-in pages, invitation links): each parses and protects what it serves.
   */
  publicRoutes?: Router;
  /** Starts background work (a scheduled scan...) once the service listens and consumes; tests drive that work directly instead. */
  start?(): void;
  /** Background work that must stop with the service (key rotation...). */
  stop?(): Promise<void>;
  subscriptions: Subscription[];
  processed: ProcessedEvents;
  /** Present when the service publishes events. */
  outbox?: OutboxStore;
  isStoreReachable(): Promise<boolean>;
}

export interface ServiceDefinition {
  /** intake, case... (also the consumer-group prefix and the Kafka client id) */
  name: string;
  /** Prefix of the service's error codes: INTAKE, CASE... */
  errorPrefix: string;
  defaultPort: number;
  create(deps: ServiceDeps): ServiceModule;
}
