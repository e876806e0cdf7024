import { DuplicateKeyError, VersionConflictError } from '@corredor/persistence';
import { randomUUID } from 'node:crypto';
import type { SharingAgreement } from './sharing-agreement.domain';
import type { SharingAgreementRepository } from './sharing-agreement.repository';

export function agreementFixture(overrides: Partial<SharingAgreement> = {}): SharingAgreement {
  return {
    id: randomUUID(),
    centre: 'tijuana',
    network: 'red-corredor-mx',
    terms: {
      indicators: [
        { indicator: 'people-served', breakdowns: [['sex'], ['sex', 'ageBand'], ['nationality']] },
        { indicator: 'cases-opened', breakdowns: [] },
      ],
      measures: ['labour-claim-amounts'],
      from: '2026-01-01',
      periodKind: 'month',
      k: 5,
      roundTo: null,
    },
    firstPeriod: '2026-01',
    status: 'active',
    agreedAt: new Date('2026-01-05T10:00:00.000Z'),
    agreedBy: 'rosa@tijuana',
    revokedAt: null,
    revokedBy: null,
    settled: false,
    version: 1,
    ...overrides,
  };
}

const ALL = { after: null, limit: 100 };

export function describeSharingAgreementRepositoryContract(name: string, setup: () => Promise<SharingAgreementRepository>): void {
  describe(`${name} sharing-agreement repository`, () => {
    let agreements: SharingAgreementRepository;
    beforeEach(async () => {
      agreements = await setup();
    });

    it('keeps an agreement whole, terms included, and shows it to its centre only', async () => {
      const agreement = agreementFixture({ terms: { ...agreementFixture().terms, roundTo: 5, k: 7 } });
      await agreements.add(agreement);
      expect(await agreements.findById('tijuana', agreement.id)).toEqual(agreement);
      expect(await agreements.findById('tapachula', agreement.id)).toBeNull();
      expect(await agreements.findById('tijuana', randomUUID())).toBeNull();
    });

    it('holds one active agreement per centre and network, however many were revoked', async () => {
      const first = agreementFixture();
      await agreements.add(first);
      await expect(agreements.add(agreementFixture())).rejects.toBeInstanceOf(DuplicateKeyError);
      await agreements.add(agreementFixture({ network: 'red-sur' }));
      await agreements.add(agreementFixture({ centre: 'tapachula' }));
      await agreements.update({ ...first, status: 'revoked', revokedAt: new Date('2026-03-01T00:00:00Z'), revokedBy: 'rosa@tijuana' }, 1);
      const second = agreementFixture({ agreedAt: new Date('2026-03-02T00:00:00Z') });
      await agreements.add(second);
      await agreements.add(agreementFixture({ status: 'revoked', revokedAt: new Date('2026-04-01T00:00:00Z'), revokedBy: 'rosa@tijuana' }));
      await expect(agreements.add(agreementFixture())).rejects.toBeInstanceOf(DuplicateKeyError);
      expect((await agreements.listForCentre('tijuana', { network: 'red-corredor-mx', status: 'active' }, ALL)).map((a) => a.id)).toEqual([second.id]);
    });

    it('refuses a stale change', async () => {
      const agreement = agreementFixture();
      await agreements.add(agreement);
      const revoked = { ...agreement, status: 'revoked' as const, revokedAt: new Date('2026-03-01T00:00:00Z'), revokedBy: 'rosa@tijuana' };
      await agreements.update(revoked, 1);
      await expect(agreements.update({ ...revoked, settled: true }, 1)).rejects.toBeInstanceOf(VersionConflictError);
      await agreements.update({ ...revoked, settled: true }, 2);
      expect(await agreements.findById('tijuana', agreement.id)).toMatchObject({ status: 'revoked', settled: true, version: 3 });
    });

    it("lists a centre's agreements newest first, by network and status, and with a network oldest first", async () => {
      const older = agreementFixture({ status: 'revoked', revokedAt: new Date('2026-02-01T00:00:00Z'), revokedBy: 'x', agreedAt: new Date('2026-01-01T00:00:00Z') });
      const newer = agreementFixture({ agreedAt: new Date('2026-02-02T00:00:00Z') });
      const other = agreementFixture({ network: 'red-sur', agreedAt: new Date('2026-01-15T00:00:00Z') });
      for (const agreement of [newer, other, older, agreementFixture({ centre: 'tapachula' })]) await agreements.add(agreement);
      expect((await agreements.listForCentre('tijuana', {}, ALL)).map((a) => a.id)).toEqual([newer.id, other.id, older.id]);
      expect((await agreements.listForCentre('tijuana', { status: 'revoked' }, ALL)).map((a) => a.id)).toEqual([older.id]);
      expect((await agreements.listForCentre('tijuana', { network: 'red-sur' }, ALL)).map((a) => a.id)).toEqual([other.id]);
      const first = await agreements.listForCentre('tijuana', {}, { after: null, limit: 2 });
      expect(first.map((a) => a.id)).toEqual([newer.id, other.id]);
      expect((await agreements.listForCentre('tijuana', {}, { after: [other.agreedAt, other.id], limit: 2 })).map((a) => a.id)).toEqual([older.id]);
      expect((await agreements.withNetwork('tijuana', 'red-corredor-mx')).map((a) => a.id)).toEqual([older.id, newer.id]);
    });

    it('hands the publisher the active agreements and the revoked ones not settled, of every centre', async () => {
      const active = agreementFixture({ agreedAt: new Date('2026-01-02T00:00:00Z') });
      const revoked = agreementFixture({ network: 'red-sur', status: 'revoked', revokedAt: new Date('2026-02-01T00:00:00Z'), revokedBy: 'x', agreedAt: new Date('2026-01-01T00:00:00Z') });
      const settled = agreementFixture({ status: 'revoked', revokedAt: new Date('2026-02-01T00:00:00Z'), revokedBy: 'x', settled: true });
      const elsewhere = agreementFixture({ centre: 'tapachula', agreedAt: new Date('2026-01-03T00:00:00Z') });
      for (const agreement of [active, revoked, settled, elsewhere]) await agreements.add(agreement);
      expect((await agreements.toPublish()).map((a) => a.id)).toEqual([revoked.id, active.id, elsewhere.id]);
    });
  });
}
