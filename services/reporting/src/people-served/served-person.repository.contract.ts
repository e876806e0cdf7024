import type { ServedPerson } from './served-person';
import type { ServedPersonRepository } from './served-person.repository';

let n = 0;
const aPerson = (overrides: Partial<ServedPerson> = {}): ServedPerson => ({
  id: `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`,
  tenant: 'tijuana',
  personId: `11111111-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
  sex: 'female',
  ageBand: '18-29',
  nationality: 'HT',
  languages: ['ht'],
  openedAt: new Date('2026-11-10T12:00:00Z'),
  ...overrides,
});
const november = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') };

export function describeServedPersonRepositoryContract(name: string, setup: () => Promise<ServedPersonRepository>): void {
  describe(`${name} served-person repository`, () => {
    let people: ServedPersonRepository;
    beforeEach(async () => {
      people = await setup();
    });

    it('counts each case once, by category, within the centre and the period', async () => {
      const marie = aPerson({ languages: ['ht', 'fr'] });
      await people.record(marie);
      await people.record(marie);
      await people.record(aPerson({ sex: 'male', nationality: 'HN', ageBand: '30-44', languages: ['es'] }));
      await people.record(aPerson({ tenant: 'tapachula' }));
      await people.record(aPerson({ openedAt: new Date('2026-12-01T00:00:00Z') }));
      await people.record({ ...aPerson(), id: marie.id, tenant: 'tapachula' });
      expect(await people.report('tijuana', november)).toEqual({
        total: 2,
        bySex: { female: 1, male: 1 },
        byNationality: { HN: 1, HT: 1 },
        byAgeBand: { '18-29': 1, '30-44': 1 },
        byLanguage: { es: 1, fr: 1, ht: 1 },
      });
      expect((await people.report('tapachula', november)).total).toBe(2);
    });

    it("counts 'unknown' and 'stateless' apart from each other and from every country", async () => {
      for (const nationality of ['unknown', 'stateless', 'unknown', 'HT'] as const) await people.record(aPerson({ nationality }));
      expect((await people.report('tijuana', november)).byNationality).toEqual({ HT: 1, stateless: 1, unknown: 2 });
    });

    it("forgets every case of a person at the centre, and nobody else's", async () => {
      const marie = aPerson();
      const again = aPerson({ personId: marie.personId, openedAt: new Date('2026-11-20T12:00:00Z') });
      const elsewhere = aPerson({ personId: marie.personId, tenant: 'tapachula' });
      const jean = aPerson({ sex: 'male' });
      for (const person of [marie, again, elsewhere, jean]) await people.record(person);
      expect(await people.forgetPerson('tijuana', marie.personId)).toBe(2);
      expect(await people.forgetPerson('tijuana', marie.personId)).toBe(0);
      expect(await people.report('tijuana', november)).toMatchObject({ total: 1, bySex: { male: 1 } });
      expect((await people.report('tapachula', november)).total).toBe(1);
    });

    it('unlinks an erased person from their cases and counts them as before, at their centre only', async () => {
      const marie = aPerson({ sex: 'female' });
      const again = aPerson({ personId: marie.personId, sex: 'female' });
      const elsewhere = aPerson({ personId: marie.personId, tenant: 'tapachula' });
      for (const person of [marie, again, elsewhere, aPerson({ sex: 'male' })]) await people.record(person);
      const before = await people.report('tijuana', november);
      expect(await people.unlinkPerson('tijuana', marie.personId, '99999999-0000-4000-8000-000000000000')).toBe(2);
      expect(await people.report('tijuana', november)).toEqual(before);
      // Nothing is left to forget under the erased id (a later statistics withdrawal cannot find them), but the other centre's record still can be.
      expect(await people.forgetPerson('tijuana', marie.personId)).toBe(0);
      expect(await people.forgetPerson('tapachula', marie.personId)).toBe(1);
    });

    it('reports zeros for a period with nobody', async () => {
      expect(await people.report('tijuana', november)).toEqual({ total: 0, bySex: {}, byNationality: {}, byAgeBand: {}, byLanguage: {} });
    });
  });
}
