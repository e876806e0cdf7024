import { z } from 'zod';

/** Control and format characters (zero-width, text-direction) and line separators: what would hide or reorder text. */
const HIDDEN_IN_LINE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
/** The same, less tabs and line breaks, which a written note may hold. */
const HIDDEN_IN_TEXT = /[\p{Cf}\u2028\u2029]|(?![\t\n])\p{Cc}/u;

/** One line of text (an employer's name, a reason): NFC, trimmed, no invisible or direction-changing characters. */
export function lineSchema(max: number) {
  return z
    .string()
    .transform((value) => value.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, 'must not be empty')
        .max(max, `must be at most ${max} characters`)
        .refine((value) => !HIDDEN_IN_LINE.test(value), 'must not contain control, zero-width or text-direction characters'),
    )
    .meta({ description: `One line, 1 to ${max} characters once trimmed; no control, zero-width or text-direction characters` });
}

/** Written text (a note): NFC, trimmed, Windows line breaks made plain, no invisible or direction-changing characters. */
export function textSchema(max: number) {
  return z
    .string()
    .transform((value) => value.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(1, 'must not be empty')
        .max(max, `must be at most ${max} characters`)
        .refine((value) => !HIDDEN_IN_TEXT.test(value), 'must not contain control, zero-width or text-direction characters'),
    )
    .meta({ description: `1 to ${max} characters once trimmed; line breaks allowed, no other control, zero-width or text-direction characters` });
}
