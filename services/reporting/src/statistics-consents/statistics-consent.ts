/**
 * A person's latest word on being counted in anonymised statistics, from consent events: a random
 * person id, nothing else. Kept so a case that arrives after a withdrawal (case and consent events
 * travel on different topics) is not counted either.
 */
export interface StatisticsConsent {
  /** `${tenant}/${personId}` */
  id: string;
  tenant: string;
  personId: string;
  state: 'given' | 'withdrawn';
  changedAt: Date;
}

export type StatisticsConsentChange = Omit<StatisticsConsent, 'id'>;

export const statisticsConsentId = (tenant: string, personId: string) => `${tenant}/${personId}`;

/** The later change wins; at the same instant a withdrawal wins over a consent (when in doubt, do not count). */
export function supersedes(stored: Pick<StatisticsConsent, 'state' | 'changedAt'> | null, change: StatisticsConsentChange): boolean {
  if (!stored) return true;
  const [was, is] = [stored.changedAt.getTime(), change.changedAt.getTime()];
  return is > was || (is === was && change.state === 'withdrawn' && stored.state !== 'withdrawn');
}

export interface StatisticsConsentRepository {
  /** Keeps the latest change per person (see `supersedes`); an older or repeated one changes nothing. */
  record(change: StatisticsConsentChange): Promise<void>;
  isWithdrawn(tenant: string, personId: string): Promise<boolean>;
}
