import type { PeopleServedReport, Period, ServedPerson } from './served-person';

export interface ServedPersonRepository {
  /** Records a person served; recording the same case again changes nothing. */
  record(person: ServedPerson): Promise<void>;
  report(tenant: string, period: Period): Promise<PeopleServedReport>;
  isReachable(): Promise<boolean>;
}
