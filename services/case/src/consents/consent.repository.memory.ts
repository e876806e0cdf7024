import { MemoryCollection } from '@corredor/persistence';
import { consentRecordOf, purposeOf, scopeKeyOf, supersedes, type ConsentChange, type ConsentQuery, type ConsentRecord } from './consent.domain';
import type { ConsentRepository } from './consent.repository';

export class MemoryConsentRepository implements ConsentRepository {
  private readonly consents = new MemoryCollection<ConsentRecord>('consents');

  async record(change: ConsentChange): Promise<boolean> {
    const next = consentRecordOf(change);
    const held = this.consents.findOne({ id: next.id }) ?? null;
    if (!supersedes(next, held)) return false;
    if (held) this.consents.updateWhere({ id: next.id }, () => next);
    else this.consents.insert(next);
    return true;
  }

  async hasConsent(tenant: string, personId: string, query: ConsentQuery): Promise<boolean> {
    const filter = typeof query === 'string' ? { 'scope.purpose': purposeOf(query) } : { scopeKey: scopeKeyOf(query) };
    return this.consents.count({ tenant, personId, given: true, ...filter }) > 0;
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
