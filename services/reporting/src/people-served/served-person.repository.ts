import type { PeopleServedReport, Period, ServedPerson } from './served-person';

export interface ServedPersonRepository {
  /** Records a person served; recording the same case again changes nothing. */
  record(person: ServedPerson): Promise<void>;
  /** Removes every case of the person at the centre (their statistics consent was withdrawn); answers how many. */
  forgetPerson(tenant: string, personId: string): Promise<number>;
  /**
   * The person was erased: their cases are still counted (figures do not change after the fact),
   * but no longer name their id, only `unlinkedId`. Answers how many changed.
   */
  unlinkPerson(tenant: string, personId: string, unlinkedId: string): Promise<number>;
  report(tenant: string, period: Period): Promise<PeopleServedReport>;
  isReachable(): Promise<boolean>;
}
