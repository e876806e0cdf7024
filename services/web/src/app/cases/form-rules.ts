/**
 * The rules the case service applies to what staff type, applied before sending so that most
 * mistakes are explained in the person's language next to the field; the API stays the judge
 * (its field errors are shown too). Each error is a key of the cases namespace and its values.
 */
export interface FormError {
  key: string;
  values?: Record<string, number>;
}

export type FormErrors = Record<string, FormError>;

/** Control, zero-width and text-direction characters: what would hide or reorder text (as the API refuses them). */
const HIDDEN_IN_LINE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
const HIDDEN_IN_TEXT = /[\p{Cf}\u2028\u2029]|(?![\t\n])\p{Cc}/u;

/** One line of text as the API stores it: NFC, trimmed. Null with the error when it breaks a rule. */
export function checkLine(value: string, options: { max: number; required: boolean }): { value: string | null; error?: FormError } {
  const line = value.normalize('NFC').trim();
  if (line === '') return options.required ? { value: null, error: { key: 'error.required' } } : { value: null };
  if (line.length > options.max) return { value: null, error: { key: 'error.tooLong', values: { max: options.max } } };
  if (HIDDEN_IN_LINE.test(line)) return { value: null, error: { key: 'error.hiddenCharacters' } };
  return { value: line };
}

/** Written text (a note): line breaks allowed. */
export function checkText(value: string, options: { max: number; required: boolean }): { value: string | null; error?: FormError } {
  const written = value.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (written === '') return options.required ? { value: null, error: { key: 'error.required' } } : { value: null };
  if (written.length > options.max) return { value: null, error: { key: 'error.tooLong', values: { max: options.max } } };
  if (HIDDEN_IN_TEXT.test(written)) return { value: null, error: { key: 'error.hiddenCharacters' } };
  return { value: written };
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a YYYY-MM-DD is a real calendar day. */
export function isDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * A day from a date input. `notAfter` (the centre's today) refuses days still to come, as the API
 * does for what has already happened (a service delivered, a conciliation filed).
 */
export function checkDay(value: string, options: { required: boolean; notAfter?: string }): { value: string | null; error?: FormError } {
  if (value === '') return options.required ? { value: null, error: { key: 'error.required' } } : { value: null };
  if (!isDay(value)) return { value: null, error: { key: 'error.day' } };
  if (options.notAfter !== undefined && value > options.notAfter) return { value: null, error: { key: 'error.dayInFuture' } };
  return { value };
}

/** A whole number in a range, from a number input; blank is null. */
export function checkWholeNumber(value: string, options: { min: number; max: number; required: boolean }): { value: number | null; error?: FormError } {
  const trimmed = value.trim();
  if (trimmed === '') return options.required ? { value: null, error: { key: 'error.required' } } : { value: null };
  if (!/^\d+$/.test(trimmed)) return { value: null, error: { key: 'error.wholeNumber', values: { min: options.min, max: options.max } } };
  const number = Number(trimmed);
  if (number < options.min || number > options.max) return { value: null, error: { key: 'error.wholeNumber', values: { min: options.min, max: options.max } } };
  return { value: number };
}

/** One of a list of codes (a select): blank or unknown is "required". */
export function checkChoice<Code extends string>(value: string, codes: readonly Code[]): { value: Code | null; error?: FormError } {
  return (codes as readonly string[]).includes(value) ? { value: value as Code } : { value: null, error: { key: 'error.required' } };
}
