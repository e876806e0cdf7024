import type { CentreStatus } from '@corredor/contracts';
import { centreEnvelopeSchema, centreSchema, type Centre } from '../api/api.schemas';
import { callService } from '../api/service-client';
import { CentreCliError } from '../centre-cli.error';
import { DEFAULT_NETWORK } from '../config/operator-token';
import { formatSeconds } from '../output/format';
import type { StepRecord } from '../output/progress-reporter';
import { connectionOf, operatorTokenFor, type ConnectionOptions } from './connection';
import { StepRunner } from './step-runner';
import { ALL_SERVICES, waitUntilAllServicesSee } from './wait-for-services';

export const CENTRE_ACTIONS = ['suspend', 'reactivate', 'archive'] as const;
export type CentreAction = (typeof CENTRE_ACTIONS)[number];

/** The refusal that means the centre is already where the action would take it: nothing to do. */
const ALREADY_THERE: Record<CentreAction, string> = {
  suspend: 'CENTRE.ALREADY_SUSPENDED',
  reactivate: 'CENTRE.NOT_SUSPENDED',
  archive: 'CENTRE.ALREADY_ARCHIVED',
};

export interface CentreCommandOptions extends ConnectionOptions {
  id: string;
  /** The network of the development token used when no token is given (default red-corredor-mx). */
  network?: string;
}

export interface CentreStatusResult {
  centre: Centre;
  changed: boolean;
  steps: StepRecord[];
}

/** Suspends, reactivates or archives a centre, then waits until every service sees its new status. */
export async function changeCentreStatus(action: CentreAction, options: CentreCommandOptions): Promise<CentreStatusResult> {
  const { urls, reporter, timeoutMs, pollIntervalMs } = connectionOf(options);
  const token = await operatorTokenFor(options, options.network ?? DEFAULT_NETWORK, reporter);
  const path = `/v1/centres/${encodeURIComponent(options.id)}`;
  const steps = new StepRunner(reporter, 2);

  const { centre, changed } = await steps.run('status', `${action} centre ${options.id}`, async () => {
    try {
      const { data } = await callService({ service: 'centre', baseUrl: urls.centre, token, method: 'POST', path: `${path}/${action}`, schema: centreEnvelopeSchema });
      return { value: { centre: data.centre, changed: true }, status: 'done', summary: `${data.centre.status} (configVersion ${data.centre.configVersion})` };
    } catch (error) {
      if (!(error instanceof CentreCliError) || error.code !== ALREADY_THERE[action]) throw error;
      const { data: current } = await callService({ service: 'centre', baseUrl: urls.centre, token, method: 'GET', path, schema: centreSchema });
      return { value: { centre: current, changed: false }, status: 'nothing-to-do', summary: `already ${current.status}` };
    }
  });

  await steps.run('propagate', 'wait until all services see it', async (progress) => {
    const status: CentreStatus = centre.status;
    const waited = await waitUntilAllServicesSee({ id: options.id, configVersion: centre.configVersion, status }, { serviceUrls: urls, token, timeoutMs, pollIntervalMs, onProgress: progress });
    if (waited.alreadySeen && !changed) return { value: waited, status: 'nothing-to-do', summary: `${ALL_SERVICES} already see it` };
    return { value: waited, status: 'done', summary: `${ALL_SERVICES} see it ${centre.status} (${formatSeconds(waited.elapsedMs)})` };
  });

  return { centre, changed, steps: steps.steps };
}
