import { DuplicateKeyError } from '@corredor/persistence';
import type { IntakeForm } from './intake-form.domain';
import type { IntakeFormRepository } from './intake-form.repository';

let n = 0;
export function aForm(overrides: Partial<IntakeForm> = {}): IntakeForm {
  n += 1;
  return {
    id: `00000000-0000-4000-9000-${n.toString(16).padStart(12, '0')}`,
    tenant: 'tijuana',
    version: 1,
    questions: [
      {
        id: 'arrival-route',
        type: 'single-choice',
        labels: { es: '¿Por dónde llegó a la ciudad?', ht: 'Ki jan ou rive nan vil la?' },
        help: { es: 'Pregunte sin insistir.' },
        required: true,
        options: [
          { id: 'train', labels: { es: 'En tren' } },
          { id: 'bus', labels: { es: 'En autobús' } },
        ],
      },
      { id: 'sends-remittances', type: 'boolean', labels: { es: '¿Envía remesas?' }, required: false },
    ],
    knownQuestions: [
      { id: 'arrival-route', type: 'single-choice' },
      { id: 'sends-remittances', type: 'boolean' },
    ],
    createdAt: new Date(Date.UTC(2026, 10, 1, 12, n)),
    createdBy: 'coordinator@tijuana',
    ...overrides,
  };
}

/** The behaviour every IntakeFormRepository adapter must have: memory always, MongoDB when MONGO_URL is set. */
export function describeIntakeFormRepositoryContract(name: string, setup: () => Promise<IntakeFormRepository>): void {
  describe(`${name} intake form repository`, () => {
    let forms: IntakeFormRepository;
    beforeEach(async () => {
      forms = await setup();
    });

    it('stores a version as given, and shows it only to its centre', async () => {
      const form = aForm();
      await forms.add(form);
      expect(await forms.current('tijuana')).toEqual(form);
      expect(await forms.findVersion('tijuana', 1)).toEqual(form);
      expect(await forms.current('tapachula')).toBeNull();
      expect(await forms.findVersion('tapachula', 1)).toBeNull();
    });

    it('answers with the newest version as current, and keeps the old ones readable', async () => {
      const first = aForm();
      const second = aForm({ version: 2, questions: [] });
      const elsewhere = aForm({ tenant: 'tapachula', version: 3 });
      for (const form of [first, second, elsewhere]) await forms.add(form);
      expect(await forms.current('tijuana')).toEqual(second);
      expect(await forms.findVersion('tijuana', 1)).toEqual(first);
      expect(await forms.findVersion('tijuana', 3)).toBeNull();
      expect(await forms.current('tapachula')).toEqual(elsewhere);
    });

    it('lets one of two revisions from the same base version win; the other is a duplicate', async () => {
      await forms.add(aForm());
      const mine = aForm({ version: 2, questions: [] });
      const theirs = aForm({ version: 2 });
      const results = await Promise.allSettled([forms.add(mine), forms.add(theirs)]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((result) => result.status === 'rejected');
      expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(DuplicateKeyError);
      const winner = results[0]?.status === 'fulfilled' ? mine : theirs;
      expect(await forms.current('tijuana')).toEqual(winner);
    });

    it('lets two centres have the same version number', async () => {
      await forms.add(aForm());
      await forms.add(aForm({ tenant: 'tapachula' }));
      expect((await forms.findVersion('tapachula', 1))?.tenant).toBe('tapachula');
    });
  });
}
