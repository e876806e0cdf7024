import { createIntakeStore, newIdempotencyKey, type IntakeResult } from './intake-draft.store';
import { exampleDraft } from './test-fixtures';

const keys = () => {
  let n = 0;
  return () => `key-${++n}`;
};

const RESULT: IntakeResult = {
  intakeId: '0c1f6a52-5d1e-4a39-9a8e-8f3f9b2a7c01',
  personId: '7a2d4c1e-2b3f-4e5a-8c9d-0e1f2a3b4c5d',
  returning: false,
  caseAction: 'open-new',
  priority: 'high',
  riskFlags: [{ screen: 'trafficking-forced-labour', flag: 'trafficking.documents-withheld', level: 'high', reason: 'x' }],
  replayed: false,
};

describe('the interview in memory', () => {
  it('keeps what was typed and its Idempotency-Key from one screen visit to the next', () => {
    const store = createIntakeStore(keys());
    store.claim('staff-1');
    const key = store.get().idempotencyKey;
    store.edit((draft) => ({ ...draft, person: { ...draft.person, alias: 'Mari' } }), ['person.alias']);
    store.update((session) => ({ ...session, step: 4, submit: { status: 'failed', problem: { status: 0 }, retryable: true } }));
    store.claim('staff-1');
    expect(store.get()).toMatchObject({ idempotencyKey: key, step: 4, draft: { person: { alias: 'Mari' } } });
  });

  it('is not handed to someone else signing in on the same tab', () => {
    const store = createIntakeStore(keys());
    store.claim('staff-1');
    store.edit((draft) => ({ ...draft, person: { ...draft.person, alias: 'Mari' } }), ['person.alias']);
    store.claim('staff-2');
    expect(store.get().draft.person.alias).toBe('');
    expect(store.get().idempotencyKey).toBe('key-2');
  });

  it('forgets the API’s error on a field once the field is changed, and only that one', () => {
    const store = createIntakeStore(keys());
    store.update((session) => ({
      ...session,
      apiErrors: { 'person.yearOfBirth': 'must not be in the future', 'person.updates.alias': 'must not be empty', 'person.contactChannels.1.value': 'x', consents: 'y' },
    }));
    store.edit((draft) => draft, ['person.yearOfBirth', 'person.contactChannels']);
    expect(store.get().apiErrors).toEqual({ 'person.updates.alias': 'must not be empty', consents: 'y' });
    store.edit((draft) => draft, ['person.alias']);
    expect(store.get().apiErrors).toEqual({ consents: 'y' });
  });

  it('forgets everything typed once recorded, keeping only the result, with a new key for the next interview', () => {
    const store = createIntakeStore(keys());
    store.claim('staff-1');
    store.update((session) => ({ ...session, draft: exampleDraft(), step: 11 }));
    store.finish(RESULT);
    expect(store.get()).toMatchObject({ owner: 'staff-1', step: 0, result: RESULT, idempotencyKey: 'key-2', draft: { person: { name: '', alias: '' } } });
    store.reset();
    expect(store.get()).toMatchObject({ result: null, idempotencyKey: 'key-3' });
  });

  it('tells its subscribers of every change until they leave', () => {
    const store = createIntakeStore(keys());
    const heard: number[] = [];
    const leave = store.subscribe(() => heard.push(store.get().step));
    store.update((session) => ({ ...session, step: 2 }));
    leave();
    store.update((session) => ({ ...session, step: 3 }));
    expect(heard).toEqual([2]);
  });

  it('makes keys the API accepts, different every time', () => {
    const first = newIdempotencyKey();
    expect(first).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    expect(newIdempotencyKey()).not.toBe(first);
  });
});
