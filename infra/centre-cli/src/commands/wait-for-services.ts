import type { CentreStatus } from '@corredor/contracts';
import { setTimeout as sleep } from 'node:timers/promises';
import { directoryViewSchema, type DirectoryView } from '../api/api.schemas';
import { callService } from '../api/service-client';
import { CentreCliError } from '../centre-cli.error';
import { SERVICE_NAMES, type ServiceName, type ServiceUrls } from '../config/service-urls';
import { formatSeconds } from '../output/format';

/** The state every service must have caught up with. */
export interface CentreVersion {
  id: string;
  configVersion: number;
  status: CentreStatus;
}

/** `6/6 services` */
export const ALL_SERVICES = `${SERVICE_NAMES.length}/${SERVICE_NAMES.length} services`;

export interface WaitOptions {
  serviceUrls: ServiceUrls;
  token: string;
  timeoutMs: number;
  pollIntervalMs: number;
  onProgress: (text: string) => void;
}

export interface WaitResult {
  elapsedMs: number;
  /** Every service saw it at the first look. */
  alreadySeen: boolean;
}

export type ServiceSight = { service: ServiceName; view: DirectoryView } | { service: ServiceName; view: null; problem: string };

/** How one service sees the centre now: its view, or why there is none ("has not seen it", "unreachable"). */
export async function serviceSight(service: ServiceName, id: string, urls: ServiceUrls, token: string, timeoutMs = 5_000): Promise<ServiceSight> {
  try {
    const { data } = await callService({
      service,
      baseUrl: urls[service],
      token,
      method: 'GET',
      path: `/v1/centre-directory/${encodeURIComponent(id)}`,
      schema: directoryViewSchema,
      timeoutMs,
    });
    return { service, view: data };
  } catch (error) {
    if (!(error instanceof CentreCliError)) throw error;
    if (error.code === 'CENTRE_CLI.UNREACHABLE') return { service, view: null, problem: 'unreachable' };
    if (error.details.status === 404) return { service, view: null, problem: 'has not seen it' };
    return { service, view: null, problem: `answers ${error.code}` };
  }
}

/** Why a service is not there yet, or null when it is. */
async function lagOf(service: ServiceName, options: WaitOptions, target: CentreVersion, requestTimeoutMs: number): Promise<string | null> {
  const sight = await serviceSight(service, target.id, options.serviceUrls, options.token, requestTimeoutMs);
  if (sight.view === null) return sight.problem;
  const { view } = sight;
  // A newer version means ours was seen too (someone changed the centre again meanwhile).
  if (view.configVersion > target.configVersion) return null;
  if (view.configVersion === target.configVersion) return view.status === target.status ? null : `sees it ${view.status}`;
  return `sees configVersion ${view.configVersion}`;
}

/**
 * Polls every service's view of the centre until each has the given configVersion and status:
 * a change is in effect only once intake, case, referral... all act on it.
 */
export async function waitUntilAllServicesSee(target: CentreVersion, options: WaitOptions): Promise<WaitResult> {
  const started = performance.now();
  const deadline = started + options.timeoutMs;
  const total = SERVICE_NAMES.length;
  let pending: ServiceName[] = [...SERVICE_NAMES];
  let lags = new Map<ServiceName, string>();
  for (let round = 1; ; round += 1) {
    const requestTimeoutMs = Math.max(250, Math.min(5_000, deadline - performance.now()));
    const results = await Promise.all(pending.map(async (service) => [service, await lagOf(service, options, target, requestTimeoutMs)] as const));
    lags = new Map(results.flatMap(([service, lag]) => (lag === null ? [] : [[service, lag] as const])));
    pending = [...lags.keys()];
    if (pending.length === 0) return { elapsedMs: performance.now() - started, alreadySeen: round === 1 };
    options.onProgress(`${total - pending.length}/${total} services (waiting for ${pending.join(', ')})`);
    const remaining = deadline - performance.now();
    if (remaining <= 0) break;
    await sleep(Math.min(options.pollIntervalMs, remaining));
  }
  const laggards = [...lags].map(([service, lag]) => `${service} (${lag})`).join(', ');
  throw new CentreCliError(
    'CENTRE_CLI.NOT_PROPAGATED',
    `after ${formatSeconds(options.timeoutMs)}, ${lags.size} of ${total} services do not see centre ${target.id} at configVersion ${target.configVersion} yet: ${laggards}`,
    { hint: 'the change itself is saved: run the same command again to keep waiting (or raise --timeout), and check that those services run and consume centre events' },
  );
}
