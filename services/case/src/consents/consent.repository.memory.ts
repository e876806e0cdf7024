import { MemoryCollection } from '@corredor/persistence';
import type { ConsentScope } from '@corredor/contracts';
import { consentIdOf, consentRecordOf, purposeOf, scopeKeyOf, supersedes, type ConsentChange, type ConsentDecision, type ConsentQuery, type ConsentRecord } from './consent.domain';
import type { ConsentRepository } from './consent.repository';

export class MemoryConsentRepository implements ConsentRepository {
  /** Exposed so tests can read the store raw. */
  readonly consents = new MemoryCollection<ConsentRecord>('consents', [], [['tenant', 'personId']]);

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

  async latestDecision(tenant: string, personId: string, scope: ConsentScope): Promise<ConsentDecision | null> {
    const held = this.consents.findOne({ id: consentIdOf(tenant, personId, scope) });
    return held ? { given: held.given, decidedAt: held.decidedAt } : null;
  }

  async eraseOfPerson(tenant: string, personId: string): Promise<void> {
    this.consents.deleteWhere({ tenant, personId });
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
