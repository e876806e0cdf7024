import {
  coordinatorResponseSchema,
  partnerDirectoryResponseSchema,
  putCentreResponseSchema,
  type Centre,
  type CentreChange,
  type CoordinatorResponse,
  type Invitation,
} from '../api/api.schemas';
import { callService } from '../api/service-client';
import { CentreCliError, EXIT } from '../centre-cli.error';
import { DEFAULT_NETWORK } from '../config/operator-token';
import { parseCentreFile, readCentreFile, type CentreFileSource, type LoadedCentreFile } from '../file/centre-file.parser';
import { centreFieldPath, coordinatorFieldPath, partnerFieldPath, type FieldPathMapper } from '../file/server-field-paths';
import { formatChange, formatSeconds, formatTimestamp } from '../output/format';
import type { StepRecord } from '../output/progress-reporter';
import { connectionOf, operatorTokenFor, type ConnectionOptions } from './connection';
import { StepRunner } from './step-runner';
import { ALL_SERVICES, waitUntilAllServicesSee } from './wait-for-services';

export interface ApplyCentreOptions extends ConnectionOptions {
  /** The centre file to read... */
  file?: string;
  /** ...or its text. */
  text?: string;
  /** How messages name the file (default: `file`, or "centre.yaml" for a text). */
  fileName?: string;
  /** The network of the development token used when no token is given (default: the file's first network). */
  network?: string;
}

export interface ApplyCentreResult {
  centre: Centre;
  result: 'created' | 'updated' | 'unchanged';
  changes: CentreChange[];
  partners: { created: string[]; unchanged: string[] };
  coordinator: { status: 'invited' | 'active'; pendingUntil?: string };
  /** Only when this run issued a new invitation: the link is shown once, when it is made. */
  coordinatorInvitation?: Invitation;
  steps: StepRecord[];
}

/** Points the field errors of a 422 answer at the lines of the file they came from. */
function withFileLines(source: CentreFileSource, toPath: FieldPathMapper) {
  return (error: unknown): never => {
    if (error instanceof CentreCliError && error.details.fieldErrors?.length) {
      throw new CentreCliError(error.code, `the server refused ${source.name}: ${error.message}`, {
        ...error.details,
        ...(error.details.status === 422 ? { exitCode: EXIT.usage } : {}),
        issues: source.issuesFromServer(error.details.fieldErrors, toPath),
      });
    }
    throw error;
  };
}

async function load(options: ApplyCentreOptions): Promise<LoadedCentreFile> {
  if (options.text !== undefined) return parseCentreFile(options.text, options.fileName ?? options.file ?? 'centre.yaml');
  if (options.file === undefined) throw new CentreCliError('CENTRE_CLI.USAGE', 'applyCentreFile needs a file or a text', { exitCode: EXIT.usage });
  return readCentreFile(options.file, options.fileName ?? options.file);
}

/**
 * Brings a centre to what its file declares: validate the file, register the centre, wait until all
 * services see it, seed its partner directory, invite its first coordinator. Every step is idempotent
 * on the server, so running it again changes nothing, and after a failure it resumes.
 */
export async function applyCentreFile(options: ApplyCentreOptions): Promise<ApplyCentreResult> {
  const { urls, reporter, timeoutMs, pollIntervalMs } = connectionOf(options);
  const steps = new StepRunner(reporter, 5);

  const { file, source } = await steps.run('validate', 'validate file', async () => {
    const loaded = await load(options);
    const partners = loaded.file.partners.length;
    return { value: loaded, status: 'done', summary: `ok (centre ${loaded.file.centre.id}, ${partners} partner${partners === 1 ? '' : 's'})` };
  });
  const { id, ...spec } = file.centre;
  const path = `/v1/centres/${encodeURIComponent(id)}`;
  const token = await operatorTokenFor(options, options.network ?? spec.networks[0] ?? DEFAULT_NETWORK, reporter);

  const registered = await steps.run('register', 'register centre', async () => {
    const { data } = await callService({ service: 'centre', baseUrl: urls.centre, token, method: 'PUT', path, body: spec, schema: putCentreResponseSchema }).catch(
      withFileLines(source, centreFieldPath),
    );
    const version = `configVersion ${data.centre.configVersion}`;
    const state = data.centre.status === 'active' ? '' : `; the centre is ${data.centre.status}`;
    if (data.result === 'created') return { value: data, status: 'done', summary: `created (${version})${state}` };
    if (data.result === 'unchanged' || data.changes.length === 0) return { value: data, status: 'nothing-to-do', summary: `unchanged (${version})${state}` };
    const [only, ...more] = data.changes;
    if (only && more.length === 0) return { value: data, status: 'done', summary: `updated: ${formatChange(only)} (${version})${state}` };
    return { value: data, status: 'done', summary: `updated, ${data.changes.length} changes (${version})${state}`, details: data.changes.map(formatChange) };
  });
  const { centre } = registered;

  await steps.run('propagate', 'wait until all services see it', async (progress) => {
    const target = { id, configVersion: centre.configVersion, status: centre.status };
    const waited = await waitUntilAllServicesSee(target, { serviceUrls: urls, token, timeoutMs, pollIntervalMs, onProgress: progress });
    if (waited.alreadySeen && registered.result === 'unchanged') return { value: waited, status: 'nothing-to-do', summary: `${ALL_SERVICES} already see it` };
    return { value: waited, status: 'done', summary: `${ALL_SERVICES} (${formatSeconds(waited.elapsedMs)})` };
  });

  const partners = await steps.run<ApplyCentreResult['partners']>('partners', 'seed partners', async () => {
    if (file.partners.length === 0) return { value: { created: [], unchanged: [] }, status: 'nothing-to-do', summary: 'no partners in the file' };
    const { data } = await callService({
      service: 'referral',
      baseUrl: urls.referral,
      token,
      method: 'PUT',
      path: `${path}/partner-directory`,
      body: { organisations: file.partners },
      schema: partnerDirectoryResponseSchema,
    }).catch(withFileLines(source, partnerFieldPath));
    const summary = `${data.created.length} added, ${data.unchanged.length} already there`;
    return { value: data, status: data.created.length === 0 ? 'nothing-to-do' : 'done', summary, details: data.created.map((name) => `+ ${name}`) };
  });

  const coordinator = await steps.run<CoordinatorResponse>('coordinator', 'invite coordinator', async () => {
    const { data } = await callService({
      service: 'centre',
      baseUrl: urls.centre,
      token,
      method: 'PUT',
      path: `${path}/coordinator`,
      body: file.coordinator,
      schema: coordinatorResponseSchema,
    }).catch(withFileLines(source, coordinatorFieldPath));
    if (data.status === 'active') return { value: data, status: 'nothing-to-do', summary: 'coordinator already active' };
    if (data.invitation) {
      return { value: data, status: 'done', summary: `invitation link: ${data.invitation.url} (expires ${formatTimestamp(data.invitation.expiresAt)})` };
    }
    const until = data.pendingUntil ? ` (pending until ${formatTimestamp(data.pendingUntil)})` : '';
    return { value: data, status: 'nothing-to-do', summary: `already invited${until}; run \`npm run centre -- reinvite ${id}\` for a new link` };
  });

  return {
    centre,
    result: registered.result,
    changes: registered.changes,
    partners,
    coordinator: coordinator.status === 'invited' && coordinator.pendingUntil ? { status: 'invited', pendingUntil: coordinator.pendingUntil } : { status: coordinator.status },
    ...(coordinator.status === 'invited' && coordinator.invitation ? { coordinatorInvitation: coordinator.invitation } : {}),
    steps: steps.steps,
  };
}
