import { z } from 'zod';

/** Invisible or text-reordering characters (as personNameSchema refuses them): what is stored must be what is shown. */
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** One line of free text: NFC, trimmed, at most `max` characters, without invisible or direction-changing characters. */
export function lineOfText(max: number) {
  return z
    .string({ error: 'must be text' })
    .transform((value) => value.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, 'must not be empty')
        .max(max, `must be at most ${max} characters`)
        .refine((value) => !HIDDEN_CHARACTERS.test(value), 'must not contain control, zero-width or text-direction characters'),
    );
}

/** A day a person gives (birth, card expiry, appointment): `YYYY-MM-DD`, a real calendar day. */
export const calendarDaySchema = z.iso.date('must be a date such as "2026-03-31"');

/** One of a fixed list, with a message that names the choices. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of: ${values.join(', ')}` });
}

/** Where a refinement reports problems: zod's refinement context, as far as these schemas use it. */
export interface IssueSink {
  addIssue(issue: { code: 'custom'; path: Array<string | number>; message: string }): void;
}

/**
 * A list without repeats, where `keyOf` says what counts as the same item; each repeat is reported
 * where it is. Use with `whenListParsed`, so repeats are reported along with invalid items (which
 * `keyOf` may then see unparsed, never null).
 */
export function noRepeats<T>(keyOf: (item: T) => string, message: string) {
  return (list: readonly T[], ctx: IssueSink) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (item === null || item === undefined) return;
      const key = keyOf(item);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index], message });
      seen.add(key);
    });
  };
}

/** A yes / no / not-known answer to a screening question; "unknown" is an answer, not a gap. */
export const SCREEN_ANSWERS = ['yes', 'no', 'unknown'] as const;
export const screenAnswerSchema = oneOf(SCREEN_ANSWERS);
export type ScreenAnswer = z.infer<typeof screenAnswerSchema>;

/** For a refinement over a list: run it whenever the value is a list, even if some items are invalid. */
export const whenListParsed = { when: (payload: z.core.ParsePayload): boolean => Array.isArray(payload.value) };

/**
 * For a refinement across fields of an object: run it when the object parsed and the fields it
 * reads are valid, even if other fields are not, so every error is reported at once.
 */
export function whenValid(fields: readonly string[]) {
  return {
    when: (payload: z.core.ParsePayload): boolean =>
      typeof payload.value === 'object' &&
      payload.value !== null &&
      !payload.issues.some((issue) => {
        const path = issue.path ?? [];
        return path.length === 0 ? issue.code !== 'unrecognized_keys' : fields.includes(String(path[0]));
      }),
  };
}
