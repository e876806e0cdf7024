import { nationalitySchema } from '@corredor/contracts';
import { z } from 'zod';
import { lineOfText, noRepeats, whenListParsed, type IssueSink } from './text.schema';

export const IDENTITY_DOCUMENT_TYPES = ['CURP', 'RFC', 'NSS', 'passport', 'other-id'] as const;
export type IdentityDocumentType = (typeof IDENTITY_DOCUMENT_TYPES)[number];

const MONTH = '(?:0[1-9]|1[0-2])';
const DAY = '(?:0[1-9]|[12]\\d|3[01])';
/** RENAPO's state codes, and NE for people born abroad (as on the CURP a TVRH gives). */
const CURP_STATES = 'AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE';

/** CURP: 4 letters, date of birth, sex (H, M or X), state of birth, 3 consonants, a differentiator and a check digit. */
const CURP = new RegExp(`^[A-Z][AEIOUX][A-Z]{2}\\d{2}${MONTH}${DAY}[HMX](?:${CURP_STATES})[B-DF-HJ-NP-TV-Z]{3}[A-Z\\d]\\d$`);
/** RFC: 4 letters for a person (3 for a company), the date, and a 3-character homoclave. */
const RFC = new RegExp(`^[A-ZÑ&]{3,4}\\d{2}${MONTH}${DAY}[A-Z\\d]{2}[A\\d]$`);
/** NSS (IMSS social security number): 11 digits. */
const NSS = /^\d{11}$/;

/**
 * A document number as staff type it, stored in one form: upper case, without spaces (and, for
 * the Mexican registry codes, without hyphens), so the same document is recognised when a person
 * returns. Messages never repeat the number.
 */
function documentNumber(pattern: RegExp, message: string, { dropHyphens }: { dropHyphens: boolean }) {
  return z
    .string({ error: message })
    .max(40, message)
    .transform((value) => value.normalize('NFC').toUpperCase().replace(dropHyphens ? /[\s-]/g : /\s/g, ''))
    .pipe(z.string().regex(pattern, message));
}

const curpNumber = documentNumber(CURP, 'must be an 18-character CURP such as "GAPM900101MNEXXX09"', { dropHyphens: true });
const rfcNumber = documentNumber(RFC, 'must be an RFC of 12 or 13 characters such as "GAPM900101AB1"', { dropHyphens: true });
const nssNumber = documentNumber(NSS, 'must be an NSS of 11 digits', { dropHyphens: true });
const passportNumber = documentNumber(/^[A-Z0-9]{5,20}$/, 'must be 5 to 20 letters and digits', { dropHyphens: false });
const otherIdNumber = documentNumber(/^[A-Z0-9][A-Z0-9/-]{0,29}$/, 'must be 1 to 30 letters, digits, "-" or "/"', { dropHyphens: false });

/** An identity document the person holds. Sensitive: never leaves the centre without consent. */
export const identityDocumentSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('CURP'), number: curpNumber }),
    z.strictObject({ type: z.literal('RFC'), number: rfcNumber }),
    z.strictObject({ type: z.literal('NSS'), number: nssNumber }),
    z.strictObject({
      type: z.literal('passport'),
      number: passportNumber,
      issuingCountry: z.string({ error: 'is required for a passport: the country that issued it, such as "HN"' }).pipe(nationalitySchema),
    }),
    z.strictObject({
      type: z.literal('other-id'),
      number: otherIdNumber,
      issuingCountry: nationalitySchema.optional(),
      /** What the document is, e.g. "DPI (Guatemala)". */
      description: lineOfText(60).optional(),
    }),
  ],
  { error: `type must be one of: ${IDENTITY_DOCUMENT_TYPES.join(', ')}` },
);
export type IdentityDocument = z.infer<typeof identityDocumentSchema>;

/** A person has one CURP, one RFC and one NSS. */
const ONE_PER_PERSON: ReadonlySet<IdentityDocumentType> = new Set(['CURP', 'RFC', 'NSS']);

function onePerPerson(documents: readonly IdentityDocument[], ctx: IssueSink): void {
  const first = new Map<IdentityDocumentType, string>();
  documents.forEach((document, index) => {
    if (document === null || typeof document !== 'object') return;
    const held = first.get(document.type);
    // The same number twice is a repeat, reported as such.
    if (ONE_PER_PERSON.has(document.type) && held !== undefined && held !== document.number) {
      ctx.addIssue({ code: 'custom', path: [index, 'type'], message: `a person has only one ${document.type}` });
    }
    if (held === undefined) first.set(document.type, document.number);
  });
}

export const identityDocumentsSchema = z
  .array(identityDocumentSchema)
  .max(6, 'at most 6 identity documents')
  .superRefine(noRepeats((document) => `${document.type}:${document.number}`, 'this document is already listed'), whenListParsed)
  .superRefine(onePerPerson, whenListParsed);
