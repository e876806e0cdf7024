import type { Intake, IntakeSubmission } from './intake-api.types';
import { createIntakeStore, type IntakeStore } from './intake-draft.store';
import { REVIEW_STEP, STEP_IDS } from './intake-steps';
import { sendIntake, submitDraft, type PostIntake, type PostResult } from './intake-submit';
import { EXAMPLE_BODY, exampleDraft, TODAY } from './test-fixtures';

const context = { today: TODAY, form: null };

const INTAKE: Intake = {
  id: '0c1f6a52-5d1e-4a39-9a8e-8f3f9b2a7c01',
  personId: '7a2d4c1e-2b3f-4e5a-8c9d-0e1f2a3b4c5d',
  returning: false,
  caseAction: 'open-new',
  interview: EXAMPLE_BODY.interview,
  riskFlags: [{ screen: 'trafficking-forced-labour', flag: 'trafficking.documents-withheld', level: 'high', reason: "Someone keeps the person's identity documents." }],
  priority: 'high',
  consents: EXAMPLE_BODY.consents,
  answers: null,
  interviewedBy: 'staff-1',
  submittedAt: '2026-11-24T16:00:00.000Z',
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}): PostResult => {
  const response = new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
  return status < 400 ? { data: body as Intake, response } : { error: body, response };
};

/** A server answering each send in turn, remembering what it was sent. */
function server(...answers: Array<PostResult | Error>) {
  const sent: Array<{ body: IntakeSubmission; key: string }> = [];
  const post: PostIntake = async (body, key) => {
    sent.push({ body, key });
    const answer = answers.shift();
    if (answer === undefined || answer instanceof Error) throw answer ?? new Error('no answer');
    return answer;
  };
  return { post, sent };
}

function readyStore(): IntakeStore {
  const store = createIntakeStore(() => 'draft-key-1');
  store.claim('staff-1');
  store.update((session) => ({ ...session, draft: exampleDraft(), step: REVIEW_STEP }));
  return store;
}

describe('sending the interview', () => {
  it('records it and forgets what was typed, keeping the flags it raised', async () => {
    const store = readyStore();
    const { post, sent } = server(json(201, INTAKE));
    expect(await submitDraft(store, post, context)).toBe('recorded');
    expect(sent).toEqual([{ body: EXAMPLE_BODY, key: 'draft-key-1' }]);
    expect(store.get().result).toEqual({
      intakeId: INTAKE.id,
      personId: INTAKE.personId,
      returning: false,
      caseAction: 'open-new',
      priority: 'high',
      riskFlags: INTAKE.riskFlags,
      replayed: false,
    });
    expect(store.get().draft.person.name).toBe('');
  });

  it('keeps everything when the network drops, and retries with the same key; a replay of a send that had arrived is a success', async () => {
    const store = readyStore();
    const { post, sent } = server(new TypeError('Failed to fetch'), json(503, { status: 503, code: 'SERVICE.UNAVAILABLE' }), json(200, INTAKE, { 'Idempotent-Replayed': 'true' }));
    expect(await submitDraft(store, post, context)).toBe('failed');
    expect(store.get().submit).toEqual({ status: 'failed', problem: { status: 0, title: 'network error' }, retryable: true });
    expect(store.get().draft).toEqual(exampleDraft());

    expect(await submitDraft(store, post, context)).toBe('failed');
    expect(store.get().submit).toMatchObject({ status: 'failed', retryable: true, problem: { status: 503 } });

    expect(await submitDraft(store, post, context)).toBe('recorded');
    expect(store.get().result?.replayed).toBe(true);
    expect(sent.map((call) => call.key)).toEqual(['draft-key-1', 'draft-key-1', 'draft-key-1']);
    expect(new Set(sent.map((call) => JSON.stringify(call.body))).size).toBe(1);
  });

  it('shows the API’s field errors where they belong and marks their steps', async () => {
    const store = readyStore();
    const problem = {
      status: 422,
      code: 'REQUEST.INVALID',
      errors: [
        { field: 'body.person.yearOfBirth', message: 'must not be in the future' },
        { field: 'body.interview.work.wage.amount', message: 'must be an amount such as "1500" or "1500.50"' },
      ],
    };
    expect(await submitDraft(store, server(json(422, problem)).post, context)).toBe('invalid');
    expect(store.get()).toMatchObject({
      apiErrors: { 'person.yearOfBirth': 'must not be in the future', 'interview.work.wage.amount': 'must be an amount such as "1500" or "1500.50"' },
      step: REVIEW_STEP,
      submit: { status: 'idle' },
    });
    expect(store.get().checkedSteps).toEqual(expect.arrayContaining([STEP_IDS.indexOf('person'), STEP_IDS.indexOf('work')]));
    expect(store.get().draft).toEqual(exampleDraft());
  });

  it('does not send a draft with problems, and shows them on every step', async () => {
    const store = readyStore();
    store.update((session) => ({ ...session, draft: { ...session.draft, consents: { ...session.draft.consents, storeData: false } } }));
    const { post, sent } = server();
    expect(await submitDraft(store, post, context)).toBe('invalid');
    expect(sent).toEqual([]);
    expect(store.get().checkedSteps).toContain(STEP_IDS.indexOf('consents'));
  });

  it('does not offer a retry for what a retry cannot fix', async () => {
    const reused = await sendIntake(server(json(422, { status: 422, code: 'INTAKE.IDEMPOTENCY_KEY_REUSED' })).post, EXAMPLE_BODY, 'k');
    expect(reused).toMatchObject({ kind: 'failed', retryable: false, problem: { code: 'INTAKE.IDEMPOTENCY_KEY_REUSED' } });
    const forbidden = await sendIntake(server(json(403, { status: 403, code: 'AUTH.FORBIDDEN' })).post, EXAMPLE_BODY, 'k');
    expect(forbidden).toMatchObject({ kind: 'failed', retryable: false });
  });

  it('sends once at a time', async () => {
    const store = readyStore();
    store.update((session) => ({ ...session, submit: { status: 'sending' } }));
    const { post, sent } = server(json(201, INTAKE));
    await submitDraft(store, post, context);
    expect(sent).toEqual([]);
  });
});
