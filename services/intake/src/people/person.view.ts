import { recordedNationalitySchema, sexSchema } from '@corredor/contracts';
import { z } from 'zod';
import { personDetailsSchema, yearOfBirthOf } from '../interview';
import { MATCH_REASONS, type Person, type PersonMatch } from './person.domain';

export const personViewSchema = z
  .object({
    id: z.uuid(),
    details: personDetailsSchema,
    /** True when the caller's role may not see identity documents: `details.identityDocuments` is left out. */
    identityDocumentsHidden: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    lastIntakeAt: z.iso.datetime().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Person' });

/** What the API shows of a person; identity documents only to those who may see them. */
export function personView(person: Person, options: { showDocuments: boolean }) {
  const { identityDocuments, ...rest } = person.details;
  return {
    id: person.id,
    details: options.showDocuments ? { ...rest, identityDocuments } : rest,
    identityDocumentsHidden: !options.showDocuments,
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
    lastIntakeAt: person.lastIntakeAt?.toISOString() ?? null,
    version: person.version,
  };
}

export const personMatchViewSchema = z
  .object({
    personId: z.uuid(),
    reason: z.enum(MATCH_REASONS).meta({ description: 'Why they may be the person: the same document; the same name, year of birth and nationality; the same name and year' }),
    name: z.string().optional(),
    alias: z.string().optional(),
    yearOfBirth: z.number().int().nullable(),
    sex: sexSchema,
    nationalities: z.array(recordedNationalitySchema),
    preferredLanguage: z.string(),
    lastIntakeAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'PersonMatch' });

/** Enough for staff to tell whether this is the person at the door; no documents, contacts or answers. */
export function personMatchView({ person, reason }: PersonMatch): z.infer<typeof personMatchViewSchema> {
  const { details } = person;
  return {
    personId: person.id,
    reason,
    ...(details.name === undefined ? {} : { name: details.name }),
    ...(details.alias === undefined ? {} : { alias: details.alias }),
    yearOfBirth: yearOfBirthOf(details),
    sex: details.sex,
    nationalities: details.nationalities,
    preferredLanguage: details.preferredLanguage,
    lastIntakeAt: person.lastIntakeAt?.toISOString() ?? null,
  };
}
