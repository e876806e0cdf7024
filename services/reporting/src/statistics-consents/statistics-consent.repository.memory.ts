import { MemoryCollection } from '@corredor/persistence';
import { statisticsConsentId, supersedes, type StatisticsConsent, type StatisticsConsentChange, type StatisticsConsentRepository } from './statistics-consent';

export class MemoryStatisticsConsentRepository implements StatisticsConsentRepository {
  private readonly consents = new MemoryCollection<StatisticsConsent>('statistics_consents');

  async record(change: StatisticsConsentChange): Promise<void> {
    const id = statisticsConsentId(change.tenant, change.personId);
    const stored = this.consents.findOne({ id }) ?? null;
    if (!supersedes(stored, change)) return;
    if (stored) this.consents.updateWhere({ id }, () => ({ id, ...change }));
    else this.consents.insert({ id, ...change });
  }

  async isWithdrawn(tenant: string, personId: string): Promise<boolean> {
    return this.consents.findOne({ id: statisticsConsentId(tenant, personId) })?.state === 'withdrawn';
  }
}
