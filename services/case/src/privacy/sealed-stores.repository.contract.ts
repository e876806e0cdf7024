import { VersionConflictError } from '@corredor/persistence';
import { aCase } from '../cases/case.repository.contract';
import type { CaseRepository } from '../cases/case.repository';
import type { ConsentRepository } from '../consents/consent.repository';
import { aClaim } from '../labour-justice/labour-claim.repository.contract';
import type { LabourClaimRepository } from '../labour-justice/labour-claim.repository';
import { aService } from '../services-delivered/service-delivery.repository.contract';
import type { ServiceDeliveryRepository } from '../services-delivered/service-delivery.repository';
import { aTask } from '../tasks/task.repository.contract';
import type { TaskRepository } from '../tasks/task.repository';
import { aTransfer } from '../transfers/transfer.repository.contract';
import type { TransferRepository } from '../transfers/transfer.repository';

type Doc = Record<string, unknown>;

export interface SealedStoresFixture {
  cases: CaseRepository;
  tasks: TaskRepository;
  services: ServiceDeliveryRepository;
  claims: LabourClaimRepository;
  transfers: TransferRepository;
  consents: ConsentRepository;
  /** Every stored document, by collection, as someone with a copy of the database would read it. */
  raw(): Promise<Record<'cases' | 'tasks' | 'case_services' | 'labour_claims' | 'transfers' | 'consents', Doc[]>>;
}

const CASE_A = '00000000-0000-4000-8000-0000000000a1';
const CASE_B = '00000000-0000-4000-8000-0000000000b2';
const PERSON = '22222222-0000-4000-8000-0000000000a1';
const SEALED = expect.stringMatching(/^cx1\./);
const noWrite = { events: [], history: [] };

/**
 * What both adapters of every case-service store must do with personal data (the notes have their
 * own, in note.repository.contract.ts): hold only ciphertext in the sealed fields (the same shape,
 * from the codec both use), read back what was written, and erase the free texts of one case or
 * person, leaving every other record and field as it was.
 */
export function describeSealedStoresContract(name: string, setup: () => Promise<SealedStoresFixture>): void {
  describe(`${name} case-service stores, at rest`, () => {
    let f: SealedStoresFixture;
    beforeEach(async () => {
      f = await setup();
    });

    async function someonesWork() {
      const kase = aCase({ id: CASE_A, personId: PERSON, alias: 'Rosemene 7f3a' });
      const task = { ...aTask({ caseId: CASE_A }), title: 'Llamar a Rosemene 90aa' };
      const service = aService({ caseId: CASE_A, type: 'other', description: 'Taller 5e2b', note: 'Con su hermana 41c9', voided: { by: 'ana', at: new Date(), reason: 'Duplicado 88d1' } });
      const plain = aService({ caseId: CASE_A });
      const claim = aClaim({ caseId: CASE_A, employer: 'Pérez Hermanos 3b77' });
      const transfer = aTransfer({ caseId: CASE_A, personId: PERSON, reason: 'Se muda con su tía e5e5' });
      const otherCase = aCase({ id: CASE_B, alias: 'Jean 0b0b' });
      const otherTask = { ...aTask({ caseId: CASE_B }), title: 'Otra 1c1c' };
      await f.cases.add(kase, noWrite);
      await f.cases.add(otherCase, noWrite);
      await f.tasks.add(task);
      await f.tasks.add(otherTask);
      await f.services.add(service, []);
      await f.services.add(plain, []);
      await f.claims.add(claim, [], []);
      await f.transfers.add(transfer, []);
      await f.consents.record({ tenant: 'tijuana', personId: PERSON, scope: { purpose: 'transfer' }, given: true, at: new Date() });
      return { kase, task, service, plain, claim, transfer, otherCase, otherTask };
    }

    it('holds only ciphertext in the personal fields, and reads back what was written', async () => {
      const work = await someonesWork();
      const raw = await f.raw();
      expect(JSON.stringify(raw)).not.toMatch(/Rosemene|7f3a|90aa|5e2b|41c9|88d1|Pérez|3b77|e5e5|0b0b|1c1c|Haitian|"HT"/);
      expect(raw.cases.map((doc) => [doc['alias'], doc['profile']])).toEqual([
        [SEALED, SEALED],
        [SEALED, SEALED],
      ]);
      expect(raw.tasks.map((doc) => doc['title'])).toEqual([SEALED, SEALED]);
      expect(raw.case_services.map((doc) => [doc['description'], doc['note'], (doc['voided'] as Doc | null)?.['reason'] ?? null]).sort()).toEqual(
        [
          [SEALED, SEALED, SEALED],
          [null, null, null],
        ].sort(),
      );
      expect(raw.labour_claims.map((doc) => doc['employer'])).toEqual([SEALED]);
      expect(raw.transfers.map((doc) => doc['reason'])).toEqual([SEALED]);
      // What lists filter and sort on stays in clear.
      expect(raw.cases.map((doc) => doc['status'])).toEqual(['open', 'open']);
      expect(raw.tasks.map((doc) => doc['status'])).toEqual(['open', 'open']);

      expect(await f.cases.findById('tijuana', CASE_A)).toEqual(work.kase);
      expect(await f.tasks.findById('tijuana', work.task.id)).toEqual(work.task);
      expect(await f.services.findById('tijuana', CASE_A, work.service.id)).toEqual(work.service);
      expect(await f.claims.findById('tijuana', CASE_A, work.claim.id)).toEqual(work.claim);
      expect(await f.transfers.findForCentre('tijuana', work.transfer.id)).toEqual(work.transfer);
      // The due scan reads no sealed value.
      expect(await f.tasks.withRemindersDue(new Date('2026-12-01T00:00:00.000Z'), { after: null, limit: 10 })).not.toContainEqual(expect.objectContaining({ title: expect.anything() }));
    });

    it("erases the free texts of one case and of one person, once, so an edit read before cannot write them back", async () => {
      const work = await someonesWork();
      for (let round = 0; round < 2; round += 1) {
        await f.tasks.eraseOfCase('tijuana', CASE_A);
        await f.services.eraseOfCase('tijuana', CASE_A);
        await f.claims.eraseOfCase('tijuana', CASE_A);
        await f.transfers.eraseOfPerson('tijuana', PERSON);
        await f.consents.eraseOfPerson('tijuana', PERSON);
      }
      expect(await f.tasks.findById('tijuana', work.task.id)).toMatchObject({ title: '[erased]', kind: work.task.kind, dueOn: work.task.dueOn, status: 'open' });
      expect(await f.services.findById('tijuana', CASE_A, work.service.id)).toMatchObject({
        description: '[erased]',
        note: '[erased]',
        voided: { by: 'ana', reason: '[erased]' },
        type: 'other',
        deliveredOn: work.service.deliveredOn,
      });
      expect(await f.services.findById('tijuana', CASE_A, work.plain.id)).toMatchObject({ description: null, note: null, voided: null });
      expect(await f.claims.findById('tijuana', CASE_A, work.claim.id)).toMatchObject({ employer: '[erased]', claimType: work.claim.claimType, amounts: work.claim.amounts });
      expect(await f.transfers.findForCentre('tijuana', work.transfer.id)).toMatchObject({ reason: '[erased]', status: 'requested', personId: PERSON });
      expect(await f.consents.hasConsent('tijuana', PERSON, 'transfer')).toBe(false);
      expect((await f.raw()).consents).toEqual([]);
      // Another case's texts are untouched.
      expect((await f.tasks.findById('tijuana', work.otherTask.id))?.title).toBe('Otra 1c1c');
      // A change read before the erasure is refused rather than writing the text back.
      await expect(f.tasks.update(work.task, work.task.version, { reminders: 'keep' })).rejects.toBeInstanceOf(VersionConflictError);
      await expect(f.claims.update(work.claim, work.claim.version, [], [])).rejects.toBeInstanceOf(VersionConflictError);
      await expect(f.services.update(work.service, work.service.version, [])).rejects.toBeInstanceOf(VersionConflictError);
      await expect(f.transfers.update(work.transfer, work.transfer.version, [])).rejects.toBeInstanceOf(VersionConflictError);
      expect(JSON.stringify(await f.raw())).not.toMatch(/90aa|5e2b|41c9|88d1|3b77|e5e5/);
    });
  });
}
