import type { z } from 'zod';
import { personDetailsDateErrors, personDetailsSchema, yearOfBirthOf } from './person-details.schema';

const valid = {
  alias: 'Marie',
  sex: 'female',
  yearOfBirth: 1994,
  nationalities: ['HT'],
  languages: ['ht', 'fr'],
  preferredLanguage: 'ht',
  needsInterpreter: true,
};

function errorsOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

describe('person details', () => {
  it('accepts a person known by an alias only, with defaults for contact channels and documents', () => {
    expect(personDetailsSchema.parse(valid)).toEqual({ ...valid, contactChannels: [], identityDocuments: [] });
  });

  it('needs a name or an alias, and stores them trimmed and in NFC', () => {
    const { alias: _alias, ...nameless } = valid;
    expect(errorsOf(personDetailsSchema, nameless)).toEqual({ alias: 'a name or an alias is required' });
    const parsed = personDetailsSchema.parse({ ...valid, name: '  Jose\u0301 Pe\u0301rez ', alias: 'Pepe' });
    expect(parsed.name).toBe('José Pérez');
    expect(errorsOf(personDetailsSchema, { ...valid, alias: 'Ma\u200Brie' })).toEqual({ alias: 'must not contain control, invisible or text-direction characters' });
  });

  it('reports every problem at once, across fields', () => {
    const { alias: _alias, ...nameless } = valid;
    expect(errorsOf(personDetailsSchema, { ...nameless, preferredLanguage: 'es', needsInterpreter: 'yes' })).toEqual({
      alias: 'a name or an alias is required',
      needsInterpreter: 'must be true or false',
      preferredLanguage: 'must be one of the languages listed',
    });
  });

  it('takes a date of birth, a year of birth, or neither, but not two that disagree', () => {
    const { yearOfBirth: _year, ...ageless } = valid;
    expect(personDetailsSchema.safeParse(ageless).success).toBe(true);
    expect(personDetailsSchema.safeParse({ ...valid, dateOfBirth: '1994-03-02' }).success).toBe(true);
    expect(errorsOf(personDetailsSchema, { ...valid, dateOfBirth: '1995-03-02' })).toEqual({ yearOfBirth: 'does not match the year of the date of birth' });
    expect(errorsOf(personDetailsSchema, { ...valid, dateOfBirth: '1994-02-30' })).toEqual({ dateOfBirth: 'must be a date such as "2026-03-31"' });
    expect(errorsOf(personDetailsSchema, { ...valid, yearOfBirth: 1899 })).toEqual({ yearOfBirth: 'must be 1900 or later' });
  });

  it('refuses a birth in the future, judged by the centre day', () => {
    expect(personDetailsDateErrors({ dateOfBirth: '2026-11-23' }, '2026-11-23', 'body.person')).toEqual([]);
    expect(personDetailsDateErrors({ dateOfBirth: '2026-11-24', yearOfBirth: 2027 }, '2026-11-23', 'body.person')).toEqual([
      { field: 'body.person.dateOfBirth', message: 'must not be in the future' },
      { field: 'body.person.yearOfBirth', message: 'must not be in the future' },
    ]);
    expect(personDetailsDateErrors({ yearOfBirth: 2026 }, '2026-01-01', 'person')).toEqual([]);
  });

  it('knows the year of birth from either field', () => {
    expect(yearOfBirthOf({ dateOfBirth: '1990-12-31' })).toBe(1990);
    expect(yearOfBirthOf({ yearOfBirth: 1985 })).toBe(1985);
    expect(yearOfBirthOf({})).toBeNull();
  });

  it('records a gender identity, with the person’s own words only when self-described', () => {
    expect(personDetailsSchema.parse({ ...valid, genderIdentity: 'self-described', genderSelfDescribed: ' muxe ' }).genderSelfDescribed).toBe('muxe');
    expect(errorsOf(personDetailsSchema, { ...valid, genderIdentity: 'self-described' })).toEqual({
      genderSelfDescribed: 'is required when the person describes their gender themselves',
    });
    expect(errorsOf(personDetailsSchema, { ...valid, genderIdentity: 'woman', genderSelfDescribed: 'x' })).toEqual({
      genderSelfDescribed: 'is only recorded when the gender identity is "self-described"',
    });
    expect(errorsOf(personDetailsSchema, { ...valid, genderIdentity: 'self-described', genderSelfDescribed: 'x'.repeat(61) })).toEqual({
      genderSelfDescribed: 'must be at most 60 characters',
    });
  });

  it('lists nationalities without repeats; unknown and stateless stand alone', () => {
    expect(personDetailsSchema.parse({ ...valid, nationalities: ['stateless'] }).nationalities).toEqual(['stateless']);
    expect(personDetailsSchema.parse({ ...valid, nationalities: ['GT', 'MX'] }).nationalities).toEqual(['GT', 'MX']);
    expect(errorsOf(personDetailsSchema, { ...valid, nationalities: ['HT', 'unknown', 'HT', 'XX'] })).toEqual({
      'nationalities.1': '"unknown" cannot be listed with other nationalities',
      'nationalities.2': 'this nationality is already listed',
      'nationalities.3': 'is not a known country code',
    });
    expect(errorsOf(personDetailsSchema, { ...valid, nationalities: [] })).toEqual({ nationalities: 'at least one nationality is required ("unknown" if it is not known)' });
  });

  it('lists languages as ISO 639 codes without repeats, the preferred one among them', () => {
    expect(personDetailsSchema.parse({ ...valid, languages: ['mam', 'es'], preferredLanguage: 'mam' }).preferredLanguage).toBe('mam');
    expect(errorsOf(personDetailsSchema, { ...valid, languages: ['ht', 'ht', 'es-MX'], preferredLanguage: 'ht' })).toEqual({
      'languages.1': 'this language is already listed',
      'languages.2': 'is not an ISO 639 language code (lowercase, such as "es", "ht" or "mam")',
    });
  });

  describe('contact channels', () => {
    it('stores phone numbers as + and digits, and email domains in lower case', () => {
      const parsed = personDetailsSchema.parse({
        ...valid,
        contactChannels: [
          { channel: 'phone', value: '+52 664 123 4567' },
          { channel: 'whatsapp', value: '00502 (5555) 12-34' },
          { channel: 'email', value: ' Marie.Joseph@Example.ORG ' },
        ],
      });
      expect(parsed.contactChannels).toEqual([
        { channel: 'phone', value: '+526641234567' },
        { channel: 'whatsapp', value: '+50255551234' },
        { channel: 'email', value: 'Marie.Joseph@example.org' },
      ]);
    });

    it('checks each value for its channel and refuses repeats, without echoing the value', () => {
      const errors = errorsOf(personDetailsSchema, {
        ...valid,
        contactChannels: [
          { channel: 'phone', value: '664 123 4567' },
          { channel: 'email', value: 'marie(at)example.org' },
          { channel: 'fax', value: '+526641234567' },
          { channel: 'whatsapp', value: '+52 664 123 4567' },
          { channel: 'whatsapp', value: '+526641234567' },
        ],
      });
      expect(errors).toEqual({
        'contactChannels.0.value': 'must be a phone number with its country code, such as "+52 664 123 4567"',
        'contactChannels.1.value': 'must be an email address such as "nombre@example.org"',
        'contactChannels.2.channel': 'channel must be one of: phone, whatsapp, email',
        'contactChannels.4': 'this channel and number or address are already listed',
      });
      expect(JSON.stringify(errors)).not.toContain('marie(at)');
    });
  });

  describe('identity documents', () => {
    it('stores numbers in one form: upper case, without spaces or hyphens', () => {
      const parsed = personDetailsSchema.parse({
        ...valid,
        identityDocuments: [
          { type: 'CURP', number: 'gapm 900101 mnexxx09' },
          { type: 'RFC', number: 'GAPM-900101-AB1' },
          { type: 'NSS', number: '1234 5678 901' },
          { type: 'passport', number: 'rd 123456', issuingCountry: 'HT' },
          { type: 'other-id', number: '2547 61234 0101', issuingCountry: 'GT', description: 'DPI' },
        ],
      });
      expect(parsed.identityDocuments).toEqual([
        { type: 'CURP', number: 'GAPM900101MNEXXX09' },
        { type: 'RFC', number: 'GAPM900101AB1' },
        { type: 'NSS', number: '12345678901' },
        { type: 'passport', number: 'RD123456', issuingCountry: 'HT' },
        { type: 'other-id', number: '2547612340101', issuingCountry: 'GT', description: 'DPI' },
      ]);
    });

    it('accepts a company RFC of 12 characters', () => {
      expect(personDetailsSchema.safeParse({ ...valid, identityDocuments: [{ type: 'RFC', number: 'ABC900101XY1' }] }).success).toBe(true);
    });

    it('checks each number against its format, and never repeats it in the message', () => {
      const errors = errorsOf(personDetailsSchema, {
        ...valid,
        identityDocuments: [
          { type: 'CURP', number: 'GAPM901301MNEXXX09' },
          { type: 'RFC', number: 'GAPM9001' },
          { type: 'NSS', number: '1234567890' },
          { type: 'passport', number: 'RD123456' },
          { type: 'INE', number: '123' },
        ],
      });
      expect(errors).toEqual({
        'identityDocuments.0.number': 'must be an 18-character CURP such as "GAPM900101MNEXXX09"',
        'identityDocuments.1.number': 'must be an RFC of 12 or 13 characters such as "GAPM900101AB1"',
        'identityDocuments.2.number': 'must be an NSS of 11 digits',
        'identityDocuments.3.issuingCountry': 'is required for a passport: the country that issued it, such as "HN"',
        'identityDocuments.4.type': 'type must be one of: CURP, RFC, NSS, passport, other-id',
      });
      expect(JSON.stringify(errors)).not.toMatch(/GAPM901301|1234567890/);
    });

    it('refuses the same document twice and a second CURP', () => {
      expect(
        errorsOf(personDetailsSchema, {
          ...valid,
          identityDocuments: [
            { type: 'CURP', number: 'GAPM900101MNEXXX09' },
            { type: 'CURP', number: 'gapm900101mnexxx09' },
            { type: 'CURP', number: 'LOPJ850505HCSRRN01' },
          ],
        }),
      ).toEqual({ 'identityDocuments.1': 'this document is already listed', 'identityDocuments.2.type': 'a person has only one CURP' });
    });
  });

  it('refuses fields it does not know', () => {
    expect(errorsOf(personDetailsSchema, { ...valid, curp: 'GAPM900101MNEXXX09' })).toEqual({ '': 'Unrecognized key: "curp"' });
  });
});
