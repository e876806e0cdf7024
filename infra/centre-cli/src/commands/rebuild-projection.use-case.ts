import { setTimeout as sleep } from 'node:timers/promises';
import { isRebuildRunning, projectionRebuildSchema, projectionStateSchema, type ProjectionRebuild, type ProjectionState } from '../api/api.schemas';
import { callService } from '../api/service-client';
import { CentreCliError } from '../centre-cli.error';
import { DEFAULT_NETWORK, signDevelopmentOperatorToken } from '../config/operator-token';
import { connectionOf, operatorTokenFor, type ConnectionOptions } from './connection';

export interface ProjectionCommandOptions extends ConnectionOptions {
  /** The network of the development token used when no token is given (default red-corredor-mx). */
  network?: string;
}

export interface FollowRebuildOptions {
  /** Each change of the rebuild, as it is seen. */
  onUpdate?: (rebuild: ProjectionRebuild) => void;
  /**
   * A running rebuild whose progress has not moved for this long has stopped responding (default
   * 2 min; a running one tells how it goes every second). The service unreachable for this long too.
   */
  stalledAfterMs?: number;
}

export interface RebuildProjectionOptions extends ProjectionCommandOptions, FollowRebuildOptions {
  /** false: start it and return at once (default: follow it until it ends). */
  wait?: boolean;
  /** The rebuild as it begins, before it is followed. */
  onStarted?: (rebuild: ProjectionRebuild) => void;
}

/** A rebuild as last seen, and the live generation then (the one the reports read). */
export interface RebuildOutcome {
  rebuild: ProjectionRebuild;
  generation: string;
}

const DEFAULT_POLL_INTERVAL_MS = 1_000;
const DEFAULT_STALLED_AFTER_MS = 120_000;
/** A development token lasts an hour; a rebuild may take longer. */
const DEV_TOKEN_RENEWAL_MS = 45 * 60_000;

/** What changes while a rebuild runs (its elapsed time, at each heartbeat, above all). */
const fingerprint = (rebuild: ProjectionRebuild) => JSON.stringify([rebuild.status, rebuild.progress, rebuild.switchedAt, rebuild.finishedAt, rebuild.failure]);

export interface ProjectionClient {
  /** The live generation and the latest rebuild. */
  status(): Promise<ProjectionState>;
  /** Starts a rebuild; refused with the service's 409 codes (REPORTING.REBUILD_RUNNING...). */
  start(): Promise<ProjectionRebuild>;
  /** Polls until the rebuild has ended (done, failed or abandoned), telling each change. */
  follow(rebuild: ProjectionRebuild, options?: FollowRebuildOptions): Promise<RebuildOutcome>;
}

/** The reporting service's projection, as its operators drive it (GET /v1/projection, POST /v1/projection/rebuilds). */
export async function openProjectionClient(options: ProjectionCommandOptions): Promise<ProjectionClient> {
  const { urls, reporter } = connectionOf(options);
  const network = options.network ?? DEFAULT_NETWORK;
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  let token = await operatorTokenFor(options, network, reporter);
  let signedAt = performance.now();
  const currentToken = async () => {
    if (!options.token && performance.now() - signedAt > DEV_TOKEN_RENEWAL_MS) {
      token = await signDevelopmentOperatorToken(network, options.devTokenSecret);
      signedAt = performance.now();
    }
    return token;
  };
  const base = { service: 'reporting', baseUrl: urls.reporting } as const;
  const status = async () => (await callService({ ...base, token: await currentToken(), method: 'GET', path: '/v1/projection', schema: projectionStateSchema })).data;

  return {
    status,
    async start() {
      return (await callService({ ...base, token: await currentToken(), method: 'POST', path: '/v1/projection/rebuilds', schema: projectionRebuildSchema })).data;
    },
    async follow(begun, watch = {}) {
      const stalledAfterMs = watch.stalledAfterMs ?? DEFAULT_STALLED_AFTER_MS;
      let last = begun;
      // Until the service says otherwise: the new generation is live once it has switched over.
      let generation = begun.switchedAt === null ? begun.replacing : begun.generation;
      let movedAt = performance.now();
      while (isRebuildRunning(last.status)) {
        await sleep(pollIntervalMs);
        let state: ProjectionState;
        try {
          state = await status();
        } catch (error) {
          if (!(error instanceof CentreCliError)) throw error;
          // The service may restart or be redeployed meanwhile: keep looking, as long as a stalled rebuild would be waited for.
          if (error.code === 'CENTRE_CLI.UNREACHABLE' && performance.now() - movedAt < stalledAfterMs) continue;
          throw new CentreCliError(error.code, `stopped following rebuild ${begun.generation}, which goes on without this command: ${error.message}`, error.details);
        }
        generation = state.generation;
        const seen = state.rebuild;
        if (seen?.id !== begun.id) {
          throw new CentreCliError(
            'CENTRE_CLI.REBUILD_REPLACED',
            `the reporting service no longer shows rebuild ${begun.generation} as its latest (${seen ? `rebuild ${seen.generation} began since` : 'it shows none'})`,
            { hint: '`npm run reporting -- status` shows the live generation and the latest rebuild' },
          );
        }
        if (fingerprint(seen) !== fingerprint(last)) {
          movedAt = performance.now();
          last = seen;
          watch.onUpdate?.(seen);
        } else if (performance.now() - movedAt >= stalledAfterMs) {
          throw new CentreCliError('CENTRE_CLI.REBUILD_NOT_RESPONDING', `rebuild ${begun.generation} has not moved for ${Math.round(stalledAfterMs / 1000)} s`, {
            hint: 'the reporting process running it may have ended: it is marked abandoned once its heartbeat is a minute old, and `npm run reporting -- rebuild` then starts a new one',
          });
        }
      }
      return { rebuild: last, generation };
    },
  };
}

/**
 * Rebuilds the reporting projection from the event log: starts it, then (unless `wait` is false)
 * follows it until it has caught up, switched the reports over and ended, or failed.
 */
export async function rebuildProjection(options: RebuildProjectionOptions): Promise<RebuildOutcome> {
  const client = await openProjectionClient(options);
  const begun = await client.start();
  options.onStarted?.(begun);
  if (options.wait === false) return { rebuild: begun, generation: begun.replacing };
  return client.follow(begun, options);
}

/** The live generation and the latest rebuild, running or not. */
export async function projectionStatus(options: ProjectionCommandOptions): Promise<ProjectionState> {
  return (await openProjectionClient(options)).status();
}
