/** An RFC 9457 problem as every service answers errors: a stable code, field-level errors for bad input. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  code?: string;
  detail?: string;
  errors?: { field: string; message: string }[];
}

/** A failed API call: the problem the service answered (or a network failure, status 0). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string | undefined {
    return this.problem.code;
  }
}

const isProblem = (value: unknown): value is Problem => typeof value === 'object' && value !== null && 'status' in value;

/** The problem of a failed openapi-fetch result. */
export function problemOf(error: unknown, response: Response | undefined): Problem {
  if (isProblem(error)) return error;
  return { status: response?.status ?? 0, title: response?.statusText ?? 'network error' };
}

/**
 * openapi-fetch's `{ data, error, response }` as a value or a thrown ApiError, for TanStack Query.
 * `data` may be undefined on 204.
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError({ status: 0, title: 'network error' });
  }
  if (result.error !== undefined || !result.response.ok) throw new ApiError(problemOf(result.error, result.response));
  return result.data as T;
}

/**
 * Field errors keyed by the form's field path: `body.person.name` → `person.name`. The API never
 * echoes the value, so its messages can be shown as they are next to the field.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const errors: Record<string, string> = {};
  for (const item of error.problem.errors ?? []) {
    const field = item.field.replace(/^(body|query|params)\./, '');
    errors[field] ??= item.message;
  }
  return errors;
}
