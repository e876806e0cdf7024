import { DuplicateKeyError, MemoryOutbox } from '@corredor/persistence';
import { TestCentreKeys, testCentreDirectory } from '@corredor/service-kit/testing';
import { MemoryConsentRepository } from '../consents/consent.repository.memory';
import { MemoryIntakeFormRepository } from '../forms';
import { MemoryIdempotencyRepository } from '../idempotency/idempotency.repository.memory';
import { MemoryPersonRepository } from '../people/person.repository.memory';
import { MemoryIntakeRecords } from './intake-records.memory';
import { MemoryIntakeRepository } from './intake.repository.memory';
import { submitIntakeBody } from './submit-intake.schema';
import { submitIntakeUseCase } from './submit-intake.use-case';
import { newPersonSubmission } from './test-fixtures';

function memoryDeps(newId?: () => string) {
  const outbox = new MemoryOutbox();
  const keys = new TestCentreKeys();
  const stores = {
    intakes: new MemoryIntakeRepository(keys),
    people: new MemoryPersonRepository(outbox, keys),
    consents: new MemoryConsentRepository(outbox, keys),
    idempotency: new MemoryIdempotencyRepository(),
    outbox,
  };
  return {
    ...stores,
    records: new MemoryIntakeRecords(stores),
    forms: new MemoryIntakeFormRepository(),
    centres: testCentreDirectory(),
    keys,
    clock: () => new Date('2026-11-23T15:00:00Z'),
    outboxWritten: () => {},
    ...(newId ? { newId } : {}),
  };
}

const submission = (raw: object, idempotencyKey: string | null) => ({
  principal: { kind: 'staff' as const, userId: 'ana@tijuana', centre: 'tijuana', roles: ['promoter' as const] },
  body: submitIntakeBody.parse(raw),
  rawBody: raw,
  idempotencyKey,
  requestId: 'req-1',
});

describe('submitting an intake', () => {
  it('records one intake for two submissions racing with one key: the one saved second answers with the first', async () => {
    const deps = memoryDeps();
    // Both look the key up before either saves.
    const [a, b] = await Promise.all([
      submitIntakeUseCase(deps, submission(newPersonSubmission(), 'tablet-7-000123')),
      submitIntakeUseCase(deps, submission(newPersonSubmission(), 'tablet-7-000123')),
    ]);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(a.intake.id).toBe(b.intake.id);
    // One intake's events: intake.submitted and a consent.given for each of its three consents.
    expect(await deps.outbox.countPending()).toBe(4);
  });

  it('leaves no person, intake, consent, key or event behind when a write in its transaction fails', async () => {
    const outbox = new MemoryOutbox();
    const keys = new TestCentreKeys();
    const stores = {
      intakes: new MemoryIntakeRepository(keys),
      people: new MemoryPersonRepository(outbox, keys),
      consents: new MemoryConsentRepository(outbox, keys),
      idempotency: new MemoryIdempotencyRepository(),
      outbox,
    };
    const same = '5a1b2c3d-0000-4000-8000-000000000001';
    let outboxNotified = false;
    const deps = {
      ...stores,
      records: new MemoryIntakeRecords(stores),
      forms: new MemoryIntakeFormRepository(),
      centres: testCentreDirectory(),
      keys,
      clock: () => new Date('2026-11-23T15:00:00Z'),
      outboxWritten: () => {
        outboxNotified = true;
      },
      // Every record gets one id: the person and the intake are written, then the second consent collides with the first.
      newId: () => same,
    };
    const raw = newPersonSubmission();
    const attempt = submitIntakeUseCase(deps, {
      principal: { kind: 'staff', userId: 'ana@tijuana', centre: 'tijuana', roles: ['promoter'] },
      body: submitIntakeBody.parse(raw),
      rawBody: raw,
      idempotencyKey: 'tablet-7-000123',
      requestId: 'req-1',
    });
    await expect(attempt).rejects.toBeInstanceOf(DuplicateKeyError);
    expect(await stores.people.findById('tijuana', same)).toBeNull();
    expect(await stores.intakes.findById('tijuana', same)).toBeNull();
    expect(await stores.consents.listByPerson('tijuana', same, { limit: 10, after: null })).toEqual([]);
    expect(await stores.idempotency.find({ tenant: 'tijuana', userId: 'ana@tijuana' }, 'tablet-7-000123', deps.clock())).toBeNull();
    expect(await outbox.countPending()).toBe(0);
    expect(outboxNotified).toBe(false);
  });
});
