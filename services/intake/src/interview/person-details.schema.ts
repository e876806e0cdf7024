import { iso639Schema, NATIONALITY_STATELESS, NATIONALITY_UNKNOWN, personNameSchema, recordedNationalitySchema, sexSchema } from '@corredor/contracts';
import { z } from 'zod';
import { contactChannelsSchema } from './contact-channels.schema';
import { identityDocumentsSchema } from './identity-documents.schema';
import { calendarDaySchema, lineOfText, noRepeats, oneOf, whenListParsed, whenValid, type IssueSink } from './text.schema';

export const GENDER_IDENTITIES = ['woman', 'man', 'trans-woman', 'trans-man', 'non-binary', 'self-described', 'prefer-not-to-say'] as const;
export type GenderIdentity = (typeof GENDER_IDENTITIES)[number];

const nationalitiesSchema = z
  .array(recordedNationalitySchema)
  .min(1, 'at least one nationality is required ("unknown" if it is not known)')
  .max(5, 'at most 5 nationalities')
  .superRefine(noRepeats((code) => code, 'this nationality is already listed'), whenListParsed)
  .superRefine((list, ctx: IssueSink) => {
    list.forEach((code, index) => {
      if (list.length > 1 && (code === NATIONALITY_UNKNOWN || code === NATIONALITY_STATELESS)) {
        ctx.addIssue({ code: 'custom', path: [index], message: `"${code}" cannot be listed with other nationalities` });
      }
    });
  }, whenListParsed);

const languagesSchema = z
  .array(iso639Schema)
  .min(1, 'at least one language is required')
  .max(10, 'at most 10 languages')
  .superRefine(noRepeats((code) => code, 'this language is already listed'), whenListParsed);

const personDetailsShape = z.strictObject({
  /** The name the person gives; a name or an alias (or both) is required. */
  name: personNameSchema.optional(),
  /** What the person prefers to be called, or a name they give instead of their own. */
  alias: personNameSchema.optional(),
  dateOfBirth: calendarDaySchema.optional(),
  /** When only the year is known. With a date of birth it must be that date's year. */
  yearOfBirth: z.number({ error: 'must be a year such as 1994' }).int('must be a whole year').min(1900, 'must be 1900 or later').max(2100, 'is not a year of birth').optional(),
  sex: sexSchema,
  genderIdentity: oneOf(GENDER_IDENTITIES).optional(),
  /** The person's own words, when they describe their gender themselves. */
  genderSelfDescribed: lineOfText(60).optional(),
  /** ISO 3166 codes; the first is the one reports count. */
  nationalities: nationalitiesSchema,
  /** ISO 639 codes: "es", "ht", "mam"... */
  languages: languagesSchema,
  preferredLanguage: iso639Schema,
  needsInterpreter: z.boolean({ error: 'must be true or false' }),
  contactChannels: contactChannelsSchema.default([]),
  /** Sensitive: CURP, RFC, NSS, passport... */
  identityDocuments: identityDocumentsSchema.default([]),
});

/** Rules between fields, each reported on the field a caseworker would correct. */
function consistent(details: z.infer<typeof personDetailsShape>, ctx: IssueSink): void {
  if (details.name === undefined && details.alias === undefined) {
    ctx.addIssue({ code: 'custom', path: ['alias'], message: 'a name or an alias is required' });
  }
  if (details.dateOfBirth !== undefined && details.yearOfBirth !== undefined && Number(details.dateOfBirth.slice(0, 4)) !== details.yearOfBirth) {
    ctx.addIssue({ code: 'custom', path: ['yearOfBirth'], message: 'does not match the year of the date of birth' });
  }
  if (details.genderIdentity === 'self-described' && details.genderSelfDescribed === undefined) {
    ctx.addIssue({ code: 'custom', path: ['genderSelfDescribed'], message: 'is required when the person describes their gender themselves' });
  }
  if (details.genderIdentity !== 'self-described' && details.genderSelfDescribed !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['genderSelfDescribed'], message: 'is only recorded when the gender identity is "self-described"' });
  }
  if (!details.languages.includes(details.preferredLanguage)) {
    ctx.addIssue({ code: 'custom', path: ['preferredLanguage'], message: 'must be one of the languages listed' });
  }
}

/**
 * Who the person is, as the interview records it. Strict: an unknown field is refused rather than
 * stored. Checks that need today's date (a birth date in the future) are in `personDetailsDateErrors`,
 * so the schema gives the same answer on every day.
 */
export const personDetailsSchema = personDetailsShape
  .superRefine(consistent, whenValid(['name', 'alias', 'dateOfBirth', 'yearOfBirth', 'genderIdentity', 'genderSelfDescribed', 'languages', 'preferredLanguage']))
  .meta({ id: 'PersonDetails' });
export type PersonDetails = z.infer<typeof personDetailsSchema>;
/** The body as sent, before defaults and normalisation. */
export type PersonDetailsInput = z.input<typeof personDetailsSchema>;

/** The year of birth, from the date of birth or the year alone; null when neither is known. */
export function yearOfBirthOf(details: Pick<PersonDetails, 'dateOfBirth' | 'yearOfBirth'>): number | null {
  if (details.dateOfBirth !== undefined) return Number(details.dateOfBirth.slice(0, 4));
  return details.yearOfBirth ?? null;
}

/**
 * Field errors that depend on the day (`YYYY-MM-DD` in the centre's time zone): a date or year of
 * birth in the future. `at` is where the details sit in the request, e.g. `body.person`.
 */
export function personDetailsDateErrors(details: Pick<PersonDetails, 'dateOfBirth' | 'yearOfBirth'>, today: string, at: string): Array<{ field: string; message: string }> {
  const errors: Array<{ field: string; message: string }> = [];
  if (details.dateOfBirth !== undefined && details.dateOfBirth > today) errors.push({ field: `${at}.dateOfBirth`, message: 'must not be in the future' });
  if (details.yearOfBirth !== undefined && details.yearOfBirth > Number(today.slice(0, 4))) errors.push({ field: `${at}.yearOfBirth`, message: 'must not be in the future' });
  return errors;
}
