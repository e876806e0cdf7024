import { iso6393 } from 'iso-639-3';
import { z } from 'zod';

/** ISO 639-1 two-letter codes (es, ht, fr, en) and ISO 639-3 codes for the rest (mam, quc for K'iche', kjb, mix...). */
const ISO_639_CODES: ReadonlySet<string> = new Set(iso6393.flatMap((language) => [language.iso6393, ...(language.iso6391 ? [language.iso6391] : [])]));

export function isIso639(code: string): boolean {
  return ISO_639_CODES.has(code);
}

/** A language a centre serves in: ISO 639-1 where the language has such a code, ISO 639-3 otherwise. */
export const iso639Schema = z.string().refine(isIso639, 'is not an ISO 639 language code (lowercase, such as "es", "ht" or "mam")');
