import type { z } from 'zod';
import { CentreCliError } from '../centre-cli.error';
import type { ServiceName } from '../config/service-urls';
import { problemSchema } from './api.schemas';

export interface ServiceRequest<S extends z.ZodType> {
  service: ServiceName;
  baseUrl: string;
  token: string;
  method: 'GET' | 'PUT' | 'POST';
  path: string;
  body?: unknown;
  /** The answer's shape when it succeeds. */
  schema: S;
  timeoutMs?: number;
}

export interface ServiceResponse<T> {
  status: number;
  data: T;
}

function unreachable(service: ServiceName, baseUrl: string, error: unknown): CentreCliError {
  const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
  const cause = error instanceof Error && error.cause instanceof Error ? (error.cause as NodeJS.ErrnoException).code : undefined;
  const reason = timedOut ? 'it did not answer in time' : (cause ?? 'no connection');
  return new CentreCliError('CENTRE_CLI.UNREACHABLE', `cannot reach the ${service} service at ${baseUrl} (${reason})`, {
    hint: 'is the platform running (npm start)? Service URLs come from --centre-url, CORREDOR_CENTRE_URL and CORREDOR_SERVICE_URLS.',
  });
}

/**
 * One JSON request to a service as the operator. A problem+json answer becomes a CentreCliError with
 * the server's code and field errors; an answer of an unexpected shape is an error too, never a guess.
 */
export async function callService<S extends z.ZodType>(request: ServiceRequest<S>): Promise<ServiceResponse<z.infer<S>>> {
  const { service, baseUrl, method, path } = request;
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${request.token}`,
        Accept: 'application/json, application/problem+json',
        ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      signal: AbortSignal.timeout(request.timeoutMs ?? 15_000),
    });
  } catch (error) {
    throw unreachable(service, baseUrl, error);
  }
  const text = await response.text().catch(() => '');
  let json: unknown = null;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    json = null;
  }
  if (!response.ok) {
    const problem = problemSchema.safeParse(json);
    if (problem.success) {
      const { code, detail, title, errors } = problem.data;
      throw new CentreCliError(code, detail ?? title ?? `the ${service} service refused the request`, {
        status: response.status,
        ...(errors ? { fieldErrors: errors } : {}),
      });
    }
    throw new CentreCliError('CENTRE_CLI.UNEXPECTED_RESPONSE', `the ${service} service answered ${method} ${path} with HTTP ${response.status}`, {
      status: response.status,
    });
  }
  const parsed = request.schema.safeParse(json);
  if (!parsed.success) {
    throw new CentreCliError('CENTRE_CLI.UNEXPECTED_RESPONSE', `the ${service} service answered ${method} ${path} in a shape this command does not know`, {
      status: response.status,
      hint: 'the command and the services may be of different versions',
    });
  }
  return { status: response.status, data: parsed.data };
}
