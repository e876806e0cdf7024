import { problemOf, type Problem } from '../api/problem';
import type { Intake, IntakeSubmission } from './intake-api.types';
import { buildSubmission } from './intake-body';
import type { IntakeResult, IntakeStore } from './intake-draft.store';
import { fieldOfApiPath, stepOfField, stepsWithProblems } from './intake-steps';
import type { ValidationContext } from './intake-validation';

/** openapi-fetch's answer to POST /intakes (or a thrown network failure). */
export interface PostResult {
  data?: Intake;
  error?: unknown;
  response: Response;
}
export type PostIntake = (body: IntakeSubmission, idempotencyKey: string) => Promise<PostResult>;

export type SendOutcome =
  | { kind: 'recorded'; result: IntakeResult }
  /** The API refused fields: its messages by field path. */
  | { kind: 'invalid'; problem: Problem; fieldErrors: Record<string, string> }
  | { kind: 'failed'; problem: Problem; retryable: boolean };

/** The network dropped, or the server (or a proxy) failed or asked to wait: the same request may go again. */
export const isRetryable = (status: number): boolean => status === 0 || status === 408 || status === 429 || status >= 500;

export const IDEMPOTENCY_KEY_REUSED = 'INTAKE.IDEMPOTENCY_KEY_REUSED';

function resultOf(intake: Intake, replayed: boolean): IntakeResult {
  return {
    intakeId: intake.id,
    personId: intake.personId,
    returning: intake.returning,
    caseAction: intake.caseAction,
    priority: intake.priority,
    riskFlags: intake.riskFlags.map(({ screen, flag, level, reason }) => ({ screen, flag, level, reason })),
    replayed,
  };
}

/** Sends the interview once and says what became of it. A 200 with Idempotent-Replayed is a success: it had been recorded. */
export async function sendIntake(post: PostIntake, body: IntakeSubmission, idempotencyKey: string): Promise<SendOutcome> {
  let answer: PostResult;
  try {
    answer = await post(body, idempotencyKey);
  } catch {
    return { kind: 'failed', problem: { status: 0, title: 'network error' }, retryable: true };
  }
  const { data, error, response } = answer;
  if (response.ok && error === undefined && data !== undefined) {
    return { kind: 'recorded', result: resultOf(data, response.headers.get('Idempotent-Replayed') === 'true') };
  }
  const problem = problemOf(error, response);
  const fieldErrors: Record<string, string> = {};
  for (const item of problem.errors ?? []) fieldErrors[item.field.replace(/^body\./, '')] ??= item.message;
  if (problem.status === 422 && Object.keys(fieldErrors).length > 0) return { kind: 'invalid', problem, fieldErrors };
  return { kind: 'failed', problem, retryable: isRetryable(problem.status) };
}

/**
 * Checks the draft and sends it, keeping the store up to date: on problems (the form's or the
 * API's), every step holding one is marked, and the review lists them all with links; on a failure,
 * everything typed stays and the same Idempotency-Key waits for the retry; on success, the draft is
 * forgotten and the result kept. Returns what happened, for the screen to move focus.
 */
export async function submitDraft(store: IntakeStore, post: PostIntake, context: ValidationContext): Promise<'invalid' | SendOutcome['kind']> {
  const session = store.get();
  if (session.submit.status === 'sending') return 'failed';
  const built = buildSubmission(session.draft, context);
  if (!built.ok) {
    const steps = stepsWithProblems(built.errors);
    store.update((current) => ({ ...current, checkedSteps: [...new Set([...current.checkedSteps, ...steps])], submit: { status: 'idle' } }));
    return 'invalid';
  }
  store.update((current) => ({ ...current, submit: { status: 'sending' }, apiErrors: {} }));
  const outcome = await sendIntake(post, built.body, session.idempotencyKey);
  switch (outcome.kind) {
    case 'recorded':
      store.finish(outcome.result);
      break;
    case 'invalid': {
      const steps = Object.keys(outcome.fieldErrors).map((path) => stepOfField(fieldOfApiPath(path)));
      store.update((current) => ({
        ...current,
        apiErrors: outcome.fieldErrors,
        checkedSteps: [...new Set([...current.checkedSteps, ...steps])],
        submit: { status: 'idle' },
      }));
      break;
    }
    case 'failed':
      store.update((current) => ({ ...current, submit: { status: 'failed', problem: outcome.problem, retryable: outcome.retryable } }));
      break;
  }
  return outcome.kind;
}
