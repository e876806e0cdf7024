import { DomainError, NATIONALITY_UNKNOWN, nameMatchKey, type RecordedNationality } from '@corredor/contracts';
import { yearOfBirthOf, type IdentityDocument, type PersonDetails } from '../interview';

/**
 * What a returning person is recognised by: folded names, year of birth, first nationality, and
 * normalised document numbers. Derived from the details; the stores keep only blind indexes of the
 * names (with the year) and documents (person.codec.ts), and matches are ranked on these keys
 * computed again from the opened details of the candidates found.
 */
export interface PersonMatchKeys {
  /** nameMatchKey of the name and of the alias. */
  names: string[];
  yearOfBirth: number | null;
  /** The first (primary) nationality. */
  nationality: RecordedNationality;
  /** `CURP:GAPM900101MNEXXX09`, `PASSPORT:AB123456`... */
  documents: string[];
}

/** A person served at one centre (the tenant). Another centre never sees this record. */
export interface Person {
  id: string;
  tenant: string;
  details: PersonDetails;
  matchKeys: PersonMatchKeys;
  createdAt: Date;
  updatedAt: Date;
  /** When the person was last interviewed here; null for a person brought in by a transfer and not interviewed yet. */
  lastIntakeAt: Date | null;
  version: number;
}

/** Also for another centre's person: their existence is not revealed. */
export function personNotFound(): DomainError {
  return new DomainError('INTAKE.PERSON_NOT_FOUND', 'not-found', 'No such person at this centre.');
}

/** A document as matching compares it: its type and number, upper case (numbers are already normalised by the schema). */
export function documentKey(document: Pick<IdentityDocument, 'type' | 'number'>): string {
  return `${document.type.toUpperCase()}:${document.number.toUpperCase()}`;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))];
}

export function matchKeysOf(details: PersonDetails): PersonMatchKeys {
  return {
    names: distinct([details.name, details.alias].flatMap((name) => (name === undefined ? [] : [nameMatchKey(name)]))),
    yearOfBirth: yearOfBirthOf(details),
    nationality: details.nationalities[0] ?? NATIONALITY_UNKNOWN,
    documents: distinct(details.identityDocuments.map(documentKey)),
  };
}

export function newPerson(fields: { id: string; tenant: string; details: PersonDetails; interviewed: boolean }, now: Date): Person {
  return {
    id: fields.id,
    tenant: fields.tenant,
    details: fields.details,
    matchKeys: matchKeysOf(fields.details),
    createdAt: now,
    updatedAt: now,
    lastIntakeAt: fields.interviewed ? now : null,
    version: 1,
  };
}

/** The person as a new interview found them: the details the caseworker corrected, and the interview's time. */
export function reinterview(person: Person, details: PersonDetails, now: Date): Person {
  return { ...person, details, matchKeys: matchKeysOf(details), updatedAt: now, lastIntakeAt: now };
}

/** Field by field: what staff send replaces what was held; a field they leave out is kept. */
export function mergeDetails(held: PersonDetails, updates: Partial<PersonDetails>): PersonDetails {
  const defined = Object.fromEntries(Object.entries(updates).filter(([, value]) => value !== undefined));
  return { ...held, ...defined };
}

export const MATCH_REASONS = ['document', 'name-year-nationality', 'name-year'] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

/** What staff know of someone at the door, to look for them before creating a new person. */
export interface MatchQuery {
  names: string[];
  yearOfBirth: number | null;
  nationality: RecordedNationality | null;
  documents: string[];
}

export function matchQueryOf(input: {
  name?: string | undefined;
  alias?: string | undefined;
  yearOfBirth?: number | undefined;
  nationality?: RecordedNationality | undefined;
  documents?: ReadonlyArray<Pick<IdentityDocument, 'type' | 'number'>> | undefined;
}): MatchQuery {
  return {
    names: distinct([input.name, input.alias].flatMap((name) => (name === undefined ? [] : [nameMatchKey(name)]))),
    yearOfBirth: input.yearOfBirth ?? null,
    nationality: input.nationality ?? null,
    documents: distinct((input.documents ?? []).map(documentKey)),
  };
}

/**
 * Why a person may be the one at the door, the strongest reason first: the same document; the same
 * folded name, year of birth and first nationality; the same name and year. An unknown
 * nationality is no evidence, so it never makes a match stronger. Null: not a likely match.
 */
export function matchReason(query: MatchQuery, keys: PersonMatchKeys): MatchReason | null {
  if (query.documents.some((document) => keys.documents.includes(document))) return 'document';
  const sameName = query.names.some((name) => keys.names.includes(name));
  if (!sameName || query.yearOfBirth === null || keys.yearOfBirth !== query.yearOfBirth) return null;
  if (query.nationality !== null && query.nationality !== NATIONALITY_UNKNOWN && query.nationality === keys.nationality) return 'name-year-nationality';
  return 'name-year';
}

export interface PersonMatch {
  person: Person;
  reason: MatchReason;
}

/** Likely matches, strongest first, then the most recently seen; at most `limit`. */
export function rankMatches(query: MatchQuery, candidates: readonly Person[], limit: number): PersonMatch[] {
  const byId = new Map<string, PersonMatch>();
  for (const person of candidates) {
    const reason = matchReason(query, person.matchKeys);
    if (reason !== null) byId.set(person.id, { person, reason });
  }
  return [...byId.values()]
    .sort(
      (a, b) =>
        MATCH_REASONS.indexOf(a.reason) - MATCH_REASONS.indexOf(b.reason) ||
        b.person.updatedAt.getTime() - a.person.updatedAt.getTime() ||
        (a.person.id < b.person.id ? -1 : 1),
    )
    .slice(0, limit);
}
