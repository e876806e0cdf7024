import type { OutboxStore, OutboxRecord } from '@corredor/messaging';
import { DuplicateKeyError, VersionConflictError } from '@corredor/persistence';
import { acceptTransfer, cancelTransfer, declineTransfer, type Transfer } from './transfer.domain';
import type { TransferRepository } from './transfer.repository';

export interface TransferRepositoryFixture {
  transfers: TransferRepository;
  outbox: OutboxStore;
}

let n = 0;
const uuid = (prefix: string) => `${prefix}-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;

export function aTransfer(overrides: Partial<Transfer> = {}): Transfer {
  const caseId = overrides.caseId ?? uuid('11111111');
  return {
    id: uuid('44444444'),
    fromCentre: 'tijuana',
    toCentre: 'tapachula',
    caseId,
    personId: uuid('22222222'),
    priority: 'normal',
    languages: ['ht'],
    reason: 'Se muda',
    status: 'requested',
    requestedAt: new Date(Date.UTC(2026, 10, 23, 10, n)),
    requestedBy: 'ana',
    answeredAt: null,
    answeredBy: null,
    declineReason: null,
    cancelledAt: null,
    cancelReason: null,
    cancelledBy: null,
    newCaseId: null,
    newPersonId: null,
    pendingCaseId: caseId,
    acceptedToCentre: null,
    version: 1,
    ...overrides,
  };
}

const record = (id: string): OutboxRecord => ({
  id,
  tenant: 'tijuana',
  topic: 'corredor.case.events',
  key: id,
  value: '{}',
  headers: {},
  position: Date.now() * 1000 + ++n,
  createdAt: new Date(),
});

const answer = { userId: 'luis', now: new Date(Date.UTC(2026, 10, 24)) };

/** The behaviour every TransferRepository adapter must have: memory always, MongoDB when MONGO_URL is set. */
export function describeTransferRepositoryContract(name: string, setup: () => Promise<TransferRepositoryFixture>): void {
  describe(`${name} transfer repository`, () => {
    let f: TransferRepositoryFixture;
    beforeEach(async () => {
      f = await setup();
    });

    it('saves a transfer with its event, seen by both its centres and no other', async () => {
      const transfer = aTransfer();
      await f.transfers.add(transfer, [record(uuid('e0000000'))]);
      expect(await f.transfers.findForCentre('tijuana', transfer.id)).toEqual(transfer);
      expect(await f.transfers.findForCentre('tapachula', transfer.id)).toEqual(transfer);
      expect(await f.transfers.findForCentre('motozintla', transfer.id)).toBeNull();
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('keeps one pending transfer per case, and allows another once it is answered', async () => {
      const first = aTransfer();
      await f.transfers.add(first, [record(uuid('e0000000'))]);
      const second = aTransfer({ caseId: first.caseId, pendingCaseId: first.caseId });
      await expect(f.transfers.add(second, [record(uuid('e0000000'))])).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await f.transfers.findForCentre('tijuana', second.id)).toBeNull();
      expect(await f.outbox.countPending()).toBe(1);
      expect(await f.transfers.pendingOfCase('tijuana', first.caseId)).toEqual(first);

      await f.transfers.update(declineTransfer(first, 'no-capacity', answer), 1, []);
      expect(await f.transfers.pendingOfCase('tijuana', first.caseId)).toBeNull();
      await f.transfers.add(second, []);
      expect(await f.transfers.pendingOfCase('tijuana', first.caseId)).toMatchObject({ id: second.id });
    });

    it('applies a change at the expected version and refuses a stale one, keeping neither its state nor its events', async () => {
      const transfer = aTransfer();
      await f.transfers.add(transfer, []);
      const accepted = acceptTransfer(transfer, { consented: true, originOpen: true, originActive: true, receiverActive: true, newCaseId: uuid('55555555'), newPersonId: uuid('66666666') }, answer);
      await f.transfers.update(accepted, 1, [record(uuid('e0000000'))]);
      expect(await f.transfers.findForCentre('tapachula', transfer.id)).toEqual({ ...accepted, version: 2 });
      await expect(f.transfers.update(declineTransfer(transfer, 'other', answer), 1, [record(uuid('e0000000'))])).rejects.toBeInstanceOf(VersionConflictError);
      expect(await f.transfers.findForCentre('tapachula', transfer.id)).toMatchObject({ status: 'accepted', version: 2 });
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('undoes a write that had succeeded when a later write of the same transaction fails', async () => {
      const taken = record(uuid('e0000000'));
      const transfer = aTransfer();
      await f.transfers.add(transfer, [taken]);
      // The transfer's change is written first; the event whose id the outbox already holds then fails.
      await expect(f.transfers.update(declineTransfer(transfer, 'other', answer), 1, [record(uuid('e0000000')), taken])).rejects.toThrow();
      expect(await f.transfers.findForCentre('tijuana', transfer.id)).toEqual(transfer);
      expect(await f.transfers.pendingOfCase('tijuana', transfer.caseId)).toEqual(transfer);
      expect(await f.outbox.countPending()).toBe(1);

      const other = aTransfer();
      await expect(f.transfers.add(other, [taken])).rejects.toThrow();
      expect(await f.transfers.findForCentre('tijuana', other.id)).toBeNull();
      expect(await f.outbox.countPending()).toBe(1);
    });

    it("keeps one accepted transfer per origin person and receiving centre, and finds it", async () => {
      const personId = uuid('22222222');
      const accept = (transfer: Transfer) =>
        acceptTransfer(transfer, { consented: true, originOpen: true, originActive: true, receiverActive: true, newCaseId: uuid('55555555'), newPersonId: uuid('66666666') }, answer);
      const first = aTransfer({ personId });
      const otherCase = aTransfer({ personId });
      const elsewhere = aTransfer({ personId, toCentre: 'motozintla' });
      for (const transfer of [first, otherCase, elsewhere]) await f.transfers.add(transfer, []);
      expect(await f.transfers.acceptedOfPerson('tijuana', personId, 'tapachula')).toBeNull();
      await f.transfers.update(accept(first), 1, [record(uuid('e0000000'))]);
      expect(await f.transfers.acceptedOfPerson('tijuana', personId, 'tapachula')).toMatchObject({ id: first.id, acceptedToCentre: 'tapachula' });
      expect(await f.transfers.acceptedOfPerson('tapachula', personId, 'tapachula')).toBeNull();

      await expect(f.transfers.update(accept(otherCase), 1, [record(uuid('e0000000'))])).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await f.transfers.findForCentre('tijuana', otherCase.id)).toEqual(otherCase);
      expect(await f.outbox.countPending()).toBe(1);
      await f.transfers.update(accept(elsewhere), 1, []);
      expect(await f.transfers.acceptedOfPerson('tijuana', personId, 'motozintla')).toMatchObject({ id: elsewhere.id });
    });

    it('saves a new transfer in place of a pending one of the same case, both or neither', async () => {
      const stale = aTransfer();
      await f.transfers.add(stale, []);
      const fresh = aTransfer({ caseId: stale.caseId, pendingCaseId: stale.caseId, toCentre: 'motozintla' });
      const cancelled = cancelTransfer(stale, 'target-unavailable', answer.now, 'ana');
      await expect(f.transfers.add(fresh, [record(uuid('e0000000'))], { transfer: cancelled, expectedVersion: 2 })).rejects.toBeInstanceOf(VersionConflictError);
      expect(await f.transfers.findForCentre('tijuana', fresh.id)).toBeNull();
      expect(await f.transfers.pendingOfCase('tijuana', stale.caseId)).toEqual(stale);
      expect(await f.outbox.countPending()).toBe(0);

      await f.transfers.add(fresh, [record(uuid('e0000000'))], { transfer: cancelled, expectedVersion: 1 });
      expect(await f.transfers.findForCentre('tijuana', stale.id)).toEqual({ ...cancelled, version: 2 });
      expect(await f.transfers.pendingOfCase('tijuana', stale.caseId)).toEqual(fresh);
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('lists incoming and outgoing transfers newest first, by status, in pages, for the centre only', async () => {
      const oldest = aTransfer();
      const declined = aTransfer();
      const newest = aTransfer();
      const fromTapachula = aTransfer({ fromCentre: 'tapachula', toCentre: 'tijuana' });
      const elsewhere = aTransfer({ fromCentre: 'motozintla', toCentre: 'palenque' });
      for (const transfer of [oldest, declined, newest, fromTapachula, elsewhere]) await f.transfers.add(transfer, []);
      await f.transfers.update(declineTransfer(declined, 'other', answer), 1, []);

      const ids = (items: Transfer[]) => items.map((t) => t.id);
      expect(ids(await f.transfers.list('tijuana', { direction: 'outgoing', after: null, limit: 10 }))).toEqual([newest.id, declined.id, oldest.id]);
      expect(ids(await f.transfers.list('tijuana', { direction: 'incoming', after: null, limit: 10 }))).toEqual([fromTapachula.id]);
      expect(ids(await f.transfers.list('tapachula', { direction: 'incoming', status: 'requested', after: null, limit: 10 }))).toEqual([newest.id, oldest.id]);
      const page = await f.transfers.list('tapachula', { direction: 'incoming', after: [newest.requestedAt, newest.id], limit: 1 });
      expect(ids(page)).toEqual([declined.id]);
      expect(await f.transfers.list('palenque', { direction: 'outgoing', after: null, limit: 10 })).toEqual([]);
    });

    it("finds a person's pending transfers, and a case's transfers as each centre sees them", async () => {
      const personId = uuid('22222222');
      const pending = aTransfer({ personId });
      const answered = aTransfer({ personId });
      await f.transfers.add(pending, []);
      await f.transfers.add(answered, []);
      const accepted = acceptTransfer(answered, { consented: true, originOpen: true, originActive: true, receiverActive: true, newCaseId: uuid('55555555'), newPersonId: uuid('66666666') }, answer);
      await f.transfers.update(accepted, 1, []);
      expect((await f.transfers.pendingOfPerson('tijuana', personId)).map((t) => t.id)).toEqual([pending.id]);
      expect(await f.transfers.pendingOfPerson('tapachula', personId)).toEqual([]);

      expect((await f.transfers.ofCase('tijuana', answered.caseId, { notAfter: null, limit: 10 })).map((t) => t.id)).toEqual([answered.id]);
      expect((await f.transfers.ofCase('tapachula', accepted.newCaseId, { notAfter: null, limit: 10 })).map((t) => t.id)).toEqual([answered.id]);
      expect(await f.transfers.ofCase('tapachula', answered.caseId, { notAfter: null, limit: 10 })).toEqual([]);
      expect(await f.transfers.ofCase('tijuana', answered.caseId, { notAfter: new Date(answered.requestedAt.getTime() - 1), limit: 10 })).toEqual([]);
    });
  });
}
