import { DuplicateKeyError } from '@corredor/persistence';
import { IDEMPOTENCY_TTL_MS, newIdempotencyRecord, type IdempotencyRecord } from './idempotency.domain';
import { IDEMPOTENCY_KEY_INDEX, type IdempotencyRepository } from './idempotency.repository';

let n = 0;
const at = new Date('2026-11-23T15:00:00Z');
const later = (ms: number) => new Date(at.getTime() + ms);

export function aKeyRecord(overrides: Partial<Omit<IdempotencyRecord, 'createdAt' | 'expiresAt'>> = {}, now = at): IdempotencyRecord {
  n += 1;
  const hex = n.toString(16).padStart(12, '0');
  return newIdempotencyRecord(
    {
      id: `00000000-0000-4000-8000-${hex}`,
      tenant: 'tijuana',
      userId: 'ana@tijuana',
      key: 'tablet-7-000123',
      requestHash: 'a'.repeat(64),
      resourceId: `11111111-0000-4000-8000-${hex}`,
      ...overrides,
    },
    now,
  );
}

/** The behaviour every IdempotencyRepository adapter must have: memory always, MongoDB when MONGO_URL is set. */
export function describeIdempotencyRepositoryContract(name: string, setup: () => Promise<{ keys: IdempotencyRepository }>): void {
  describe(`${name} idempotency key store`, () => {
    let keys: IdempotencyRepository;
    beforeEach(async () => {
      ({ keys } = await setup());
    });

    it('finds a used key for its user at its centre only', async () => {
      const record = aKeyRecord();
      await keys.add(record);
      expect(await keys.find({ tenant: 'tijuana', userId: 'ana@tijuana' }, record.key, at)).toEqual(record);
      expect(await keys.find({ tenant: 'tijuana', userId: 'luis@tijuana' }, record.key, at)).toBeNull();
      expect(await keys.find({ tenant: 'tapachula', userId: 'ana@tijuana' }, record.key, at)).toBeNull();
      expect(await keys.find({ tenant: 'tijuana', userId: 'ana@tijuana' }, 'another-key-1', at)).toBeNull();
    });

    it('refuses a second live record for the same key, and lets other users and centres use it', async () => {
      await keys.add(aKeyRecord());
      const error = await keys.add(aKeyRecord()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect((error as DuplicateKeyError).index).toBe(IDEMPOTENCY_KEY_INDEX);
      await keys.add(aKeyRecord({ userId: 'luis@tijuana' }));
      await keys.add(aKeyRecord({ tenant: 'tapachula' }));
    });

    it('forgets a key after 24 hours and lets it be used again', async () => {
      const first = aKeyRecord();
      await keys.add(first);
      const scope = { tenant: 'tijuana', userId: 'ana@tijuana' };
      expect(await keys.find(scope, first.key, later(IDEMPOTENCY_TTL_MS - 1))).toEqual(first);
      expect(await keys.find(scope, first.key, later(IDEMPOTENCY_TTL_MS))).toBeNull();
      const again = aKeyRecord({}, later(IDEMPOTENCY_TTL_MS + 1));
      await keys.add(again);
      expect(await keys.find(scope, first.key, later(IDEMPOTENCY_TTL_MS + 2))).toEqual(again);
    });
  });
}
