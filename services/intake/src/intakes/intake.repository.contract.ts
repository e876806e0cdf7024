import type { OutboxRecord, OutboxStore } from '@corredor/messaging';
import { DuplicateKeyError } from '@corredor/persistence';
import type { Intake } from './intake.domain';
import type { IntakeRepository } from './intake.repository';

let n = 0;
function anIntake(overrides: Partial<Intake> = {}): Intake {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
    tenant: 'tijuana',
    alias: 'Marie',
    sex: 'female',
    yearOfBirth: 1994,
    nationality: 'HT',
    languages: ['ht', 'fr'],
    consent: { storeData: true, recordedAt: new Date('2026-11-23T10:00:00Z') },
    interviewedBy: 'ana',
    submittedAt: new Date('2026-11-23T10:00:00Z'),
    idempotencyKey: null,
    version: 1,
    ...overrides,
  };
}

const event = (id: string): OutboxRecord => ({
  id,
  tenant: 'tijuana',
  topic: 'corredor.intake.events',
  key: id,
  value: '{}',
  headers: {},
  position: n,
  createdAt: new Date(),
});

export function describeIntakeRepositoryContract(name: string, setup: () => Promise<{ intakes: IntakeRepository; outbox: OutboxStore }>): void {
  describe(`${name} intake repository`, () => {
    let f: { intakes: IntakeRepository; outbox: OutboxStore };
    beforeEach(async () => {
      f = await setup();
    });

    it('saves an intake with its event, found only within its centre', async () => {
      const intake = anIntake();
      await f.intakes.add(intake, [event(`e-${intake.id}`)]);
      expect(await f.intakes.findById('tijuana', intake.id)).toEqual(intake);
      expect(await f.intakes.findById('tapachula', intake.id)).toBeNull();
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('refuses a reused idempotency key at the same centre, keeping nothing of the second write', async () => {
      await f.intakes.add(anIntake({ idempotencyKey: 'key-00000001' }), [event('e1')]);
      const second = anIntake({ idempotencyKey: 'key-00000001' });
      await expect(f.intakes.add(second, [event('e2')])).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await f.intakes.findById('tijuana', second.id)).toBeNull();
      expect(await f.outbox.countPending()).toBe(1);
      // Another centre may use the same key, and intakes without a key never collide.
      await f.intakes.add(anIntake({ tenant: 'tapachula', idempotencyKey: 'key-00000001' }), []);
      await f.intakes.add(anIntake(), []);
      await f.intakes.add(anIntake(), []);
      expect(await f.intakes.findByIdempotencyKey('tijuana', 'key-00000001')).toMatchObject({ tenant: 'tijuana' });
    });
  });
}
