import { z } from 'zod';

export const SEXES = ['female', 'male', 'intersex', 'not-stated'] as const;
export const sexSchema = z.enum(SEXES);
export type Sex = z.infer<typeof sexSchema>;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** ICU names these two-letter regions, but they are not countries anyone holds nationality of. */
const NOT_COUNTRIES = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO']);

const COUNTRY_CODE = /^[A-Z]{2}$/;

function isCountry(code: string): boolean {
  // zod runs refinements even when the regex failed, and ICU throws on malformed codes.
  if (!COUNTRY_CODE.test(code) || NOT_COUNTRIES.has(code)) return false;
  try {
    return regionNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

/** ISO 3166-1 alpha-2 country code, checked against the ICU region list (so "XX" and "ZZ" are refused). */
export const nationalitySchema = z
  .string()
  .regex(COUNTRY_CODE, 'must be an ISO 3166-1 alpha-2 country code such as "HT"')
  .refine(isCountry, 'is not a known country code');

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** BCP 47 language tag: "ht" (Haitian Creole), "es", "mam", "quc" (K'iche')... */
export const languageSchema = z
  .string()
  .min(2)
  .max(35)
  .refine(isLanguageTag, 'must be a BCP 47 language tag such as "ht" or "mam"');

export const languagesSchema = z
  .array(languageSchema)
  .min(1, 'at least one language is required')
  .max(10)
  .refine((list) => new Set(list.map((l) => l.toLowerCase())).size === list.length, 'languages must not repeat');

export const AGE_BANDS = ['0-11', '12-17', '18-29', '30-44', '45-59', '60+', 'unknown'] as const;
export const ageBandSchema = z.enum(AGE_BANDS);
export type AgeBand = z.infer<typeof ageBandSchema>;

/**
 * Age band from a year of birth, as reporting disaggregates it. A year of birth gives an age
 * within one year; the band uses the age reached in the reference year.
 */
export function ageBandOf(yearOfBirth: number | null, at: Date): AgeBand {
  if (yearOfBirth === null) return 'unknown';
  const age = at.getUTCFullYear() - yearOfBirth;
  if (age < 0) return 'unknown';
  if (age <= 11) return '0-11';
  if (age <= 17) return '12-17';
  if (age <= 29) return '18-29';
  if (age <= 44) return '30-44';
  if (age <= 59) return '45-59';
  return '60+';
}

/**
 * A nationality as a centre records it: an ISO 3166-1 alpha-2 code, or one of two explicit values
 * for people whose nationality is not known or who have none (reports count these apart).
 */
export const NATIONALITY_UNKNOWN = 'unknown';
export const NATIONALITY_STATELESS = 'stateless';
export const recordedNationalitySchema = z.union([nationalitySchema, z.literal(NATIONALITY_UNKNOWN), z.literal(NATIONALITY_STATELESS)], {
  error: 'must be an ISO 3166-1 alpha-2 country code such as "HT", "unknown" or "stateless"',
});
export type RecordedNationality = z.infer<typeof recordedNationalitySchema>;

/**
 * Characters that are invisible or reorder text: control and format characters (zero-width
 * characters, bidirectional overrides and isolates, tags), line separators, and the characters
 * Unicode says to draw as nothing (fillers such as U+3164, the combining grapheme joiner,
 * variation selectors), plus two that show as blanks or boxes: the empty Braille pattern and the
 * object replacement character. A name holding one does not show what is stored.
 */
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2028\u2029\u2800\uFFFC]/u;

const LETTER = /\p{L}/u;

/**
 * A person's name or alias: trimmed and in Unicode NFC, so what is stored is what is shown; refuses
 * invisible and direction-changing characters, and names without a letter, with a clear message.
 */
export const personNameSchema = z
  .string()
  .transform((value) => value.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .min(1, 'must not be empty')
      .max(120, 'must be at most 120 characters')
      .refine((value) => !HIDDEN_CHARACTERS.test(value), 'must not contain control, invisible or text-direction characters')
      .refine((value) => value.length === 0 || LETTER.test(value), 'must contain at least one letter'),
  );

/** A name folded for matching returning people: no accents, case or repeated spaces ("José  Pérez" = "jose perez"). */
export function nameMatchKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
