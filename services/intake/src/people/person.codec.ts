import type { CentreKeys } from '@corredor/service-kit';
import type { PersonDetails } from '../interview';
import { matchKeysOf, type Person } from './person.domain';

/**
 * A person as both adapters store it (MongoDB with `_id` for `id`).
 *
 * Clear, because queries need them and they identify no one: the random id, the tenant (every
 * query is scoped by it), the dates (newest first) and the version (optimistic locking).
 * Sealed under the centre's data key: `details` whole (names, alias, birth, sex and gender,
 * nationalities, languages, contact channels, identity documents): even the first nationality
 * and the year of birth, since no query needs them once they are folded into the blind indexes.
 * Blind indexes (HMAC under a key derived from the centre's data key), for the returning-person
 * search: `name:<folded name>|<year of birth>` for the name and the alias, `document:<TYPE>:<NUMBER>`
 * for each document. A lookup is one equality, and destroying the key makes them meaningless too.
 */
export interface StoredPerson {
  id: string;
  tenant: string;
  details: string;
  matchKeys: { names: string[]; documents: string[] };
  createdAt: Date;
  updatedAt: Date;
  lastIntakeAt: Date | null;
  version: number;
}

export const PERSON_DETAILS_CONTEXT = 'people.details';

/** Blind-index inputs, prefixed by kind so a name can never equal a document. */
export const nameIndexInput = (nameKey: string, yearOfBirth: number): string => `name:${nameKey}|${yearOfBirth}`;
export const documentIndexInput = (documentKey: string): string => `document:${documentKey}`;

export class PersonCodec {
  constructor(private readonly keys: CentreKeys) {}

  encode(person: Person): StoredPerson {
    const { id, tenant, details, matchKeys } = person;
    return {
      id,
      tenant,
      details: this.keys.seal(tenant, PERSON_DETAILS_CONTEXT, details),
      matchKeys: {
        names: matchKeys.yearOfBirth === null ? [] : this.nameIndexes(tenant, matchKeys.names, matchKeys.yearOfBirth),
        documents: this.documentIndexes(tenant, matchKeys.documents),
      },
      createdAt: person.createdAt,
      updatedAt: person.updatedAt,
      lastIntakeAt: person.lastIntakeAt,
      version: person.version,
    };
  }

  /** Opens the details (410 CENTRE.DATA_DESTROYED once the centre's key is destroyed) and derives the match keys from them again. */
  decode(stored: StoredPerson): Person {
    const details = this.keys.open<PersonDetails>(stored.tenant, PERSON_DETAILS_CONTEXT, stored.details);
    return {
      id: stored.id,
      tenant: stored.tenant,
      details,
      matchKeys: matchKeysOf(details),
      createdAt: stored.createdAt,
      updatedAt: stored.updatedAt,
      lastIntakeAt: stored.lastIntakeAt,
      version: stored.version,
    };
  }

  nameIndexes(tenant: string, nameKeys: readonly string[], yearOfBirth: number): string[] {
    return nameKeys.map((nameKey) => this.keys.blindIndex(tenant, nameIndexInput(nameKey, yearOfBirth)));
  }

  documentIndexes(tenant: string, documentKeys: readonly string[]): string[] {
    return documentKeys.map((documentKey) => this.keys.blindIndex(tenant, documentIndexInput(documentKey)));
  }
}
