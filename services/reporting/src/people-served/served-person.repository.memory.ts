import { DuplicateKeyError, MemoryCollection } from '@corredor/persistence';
import { peopleServedPipeline, toReport, type Facet, type PeopleServedReport, type Period, type ServedPerson } from './served-person';
import type { ServedPersonRepository } from './served-person.repository';

export class MemoryServedPersonRepository implements ServedPersonRepository {
  private readonly people = new MemoryCollection<ServedPerson>('served_people');

  async record(person: ServedPerson): Promise<void> {
    try {
      // Keyed by centre and case, like the MongoDB adapter: a second record of the case is a no-op.
      this.people.insert({ ...person, id: `${person.tenant}/${person.id}` });
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }

  async forgetPerson(tenant: string, personId: string): Promise<number> {
    return this.people.deleteWhere({ tenant, personId });
  }

  async unlinkPerson(tenant: string, personId: string, unlinkedId: string): Promise<number> {
    return this.people.updateWhere({ tenant, personId }, (person) => ({ ...person, personId: unlinkedId }));
  }

  async report(tenant: string, period: Period): Promise<PeopleServedReport> {
    return toReport(this.people.aggregate<Facet & Record<string, unknown>>(peopleServedPipeline(tenant, period) as Record<string, unknown>[])[0]);
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
