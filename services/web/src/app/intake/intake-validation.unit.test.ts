import type { IntakeDraft } from './intake-draft';
import { validateDraft, type FieldProblems } from './intake-validation';
import { CENTRE_FORM, exampleDraft, TODAY } from './test-fixtures';

const keysOf = (problems: FieldProblems) => Object.fromEntries(Object.entries(problems).map(([path, problem]) => [path, problem.key]));
const check = (draft: IntakeDraft, form = null as typeof CENTRE_FORM | null) => keysOf(validateDraft(draft, { today: TODAY, form }));

const withPerson = (changes: Partial<IntakeDraft['person']>): IntakeDraft => {
  const draft = exampleDraft();
  return { ...draft, person: { ...draft.person, ...changes } };
};

describe('checking the interview as the intake service does', () => {
  it('finds nothing wrong with a complete interview', () => {
    expect(check(exampleDraft())).toEqual({});
  });

  describe('the person', () => {
    it('needs a name or an alias, with a letter and no hidden characters', () => {
      expect(check(withPerson({ name: ' ', alias: '' }))).toEqual({ 'person.alias': 'validation.nameOrAlias' });
      expect(check(withPerson({ name: '1234', alias: 'Ma\u200Bri' }))).toEqual({ 'person.name': 'validation.needsLetter', 'person.alias': 'validation.hiddenCharacters' });
      expect(check(withPerson({ name: 'x'.repeat(121) }))).toEqual({ 'person.name': 'validation.tooLong' });
    });

    it('takes a real date of birth, not in the future (the centre’s day), and a year that agrees with it', () => {
      expect(check(withPerson({ dateOfBirth: '1994-02-30' }))).toEqual({ 'person.dateOfBirth': 'validation.date' });
      expect(check(withPerson({ dateOfBirth: '2026-11-25', yearOfBirth: '' }))).toEqual({ 'person.dateOfBirth': 'validation.future' });
      expect(check(withPerson({ dateOfBirth: TODAY, yearOfBirth: '' }))).toEqual({});
      expect(check(withPerson({ dateOfBirth: '1995-03-02' }))).toEqual({ 'person.yearOfBirth': 'validation.yearMismatch' });
      expect(check(withPerson({ yearOfBirth: '1899' }))).toEqual({ 'person.yearOfBirth': 'validation.year' });
      expect(check(withPerson({ yearOfBirth: '2027' }))).toEqual({ 'person.yearOfBirth': 'validation.future' });
    });

    it('needs the sex, and the person’s own words only when they describe their gender themselves', () => {
      expect(check(withPerson({ sex: '' }))).toEqual({ 'person.sex': 'validation.required' });
      expect(check(withPerson({ genderIdentity: 'self-described', genderSelfDescribed: '  ' }))).toEqual({ 'person.genderSelfDescribed': 'validation.required' });
      expect(check(withPerson({ genderIdentity: 'woman', genderSelfDescribed: 'left from before' }))).toEqual({});
    });

    it('lists one to five nationalities without repeats; not known and stateless stand alone', () => {
      expect(check(withPerson({ nationalities: [''] }))).toEqual({ 'person.nationalities': 'validation.atLeastOne' });
      expect(check(withPerson({ nationalities: ['HT', 'unknown', 'HT', 'XX'] }))).toEqual({
        'person.nationalities.1': 'validation.standsAlone',
        'person.nationalities.2': 'validation.repeated',
        'person.nationalities.3': 'validation.unknownCode',
      });
      expect(check(withPerson({ nationalities: ['stateless'] }))).toEqual({});
      expect(check(withPerson({ nationalities: ['HT', 'DO', 'MX', 'US', 'CA', 'FR'] }))).toEqual({ 'person.nationalities': 'validation.tooMany' });
    });

    it('needs a language, and the preferred one among those listed', () => {
      expect(check(withPerson({ languages: [], preferredLanguage: '' }))).toEqual({ 'person.languages': 'validation.atLeastOne', 'person.preferredLanguage': 'validation.required' });
      expect(check(withPerson({ preferredLanguage: 'es' }))).toEqual({ 'person.preferredLanguage': 'validation.preferredAmongLanguages' });
      expect(check(withPerson({ needsInterpreter: '' }))).toEqual({ 'person.needsInterpreter': 'validation.required' });
    });

    it('checks each contact for its channel, as the API stores it, without repeats', () => {
      const errors = check(
        withPerson({
          contactChannels: [
            { channel: 'phone', value: '664 123 4567' },
            { channel: 'email', value: 'marie(at)example.org' },
            { channel: 'whatsapp', value: '00502 (5555) 12-34' },
            { channel: 'whatsapp', value: '+502 5555 1234' },
            { channel: '', value: '+52 664 000 0000' },
            { channel: '', value: '' },
          ],
        }),
      );
      expect(errors).toEqual({
        'person.contactChannels.0.value': 'validation.phone',
        'person.contactChannels.1.value': 'validation.email',
        'person.contactChannels.3': 'validation.repeated',
        'person.contactChannels.4.channel': 'validation.required',
      });
    });
  });

  describe('identity documents', () => {
    const withDocuments = (documents: IntakeDraft['documents']): IntakeDraft => ({ ...exampleDraft(), documents });
    const document = (type: IntakeDraft['documents'][number]['type'], number: string, issuingCountry = '') => ({ type, number, issuingCountry, description: '' });

    it('checks each number as its registry writes it, after dropping spaces (and hyphens in Mexican codes)', () => {
      expect(check(withDocuments([document('CURP', 'gapm-900101-mnexxx09'), document('RFC', 'GAPM900101AB1'), document('NSS', '123 456 789 01')]))).toEqual({});
      expect(check(withDocuments([document('CURP', 'GAPM901301MNEXXX09'), document('NSS', '1234'), document('passport', 'AB-1234', 'HT')]))).toEqual({
        'person.identityDocuments.0.number': 'validation.curp',
        'person.identityDocuments.1.number': 'validation.nss',
        'person.identityDocuments.2.number': 'validation.passport',
      });
    });

    it('needs the country of a passport, one CURP per person, and no document twice', () => {
      expect(
        check(withDocuments([document('passport', 'AB12345'), document('CURP', 'GAPM900101MNEXXX09'), document('CURP', 'GAPM900101HNEXXX09'), document('CURP', 'gapm900101mnexxx09'), document('', '123')])),
      ).toEqual({
        'person.identityDocuments.0.issuingCountry': 'validation.required',
        'person.identityDocuments.2.type': 'validation.onePerPerson',
        'person.identityDocuments.3': 'validation.repeated',
        'person.identityDocuments.4.type': 'validation.required',
      });
    });
  });

  describe('the interview', () => {
    it('needs a card’s expiry for the cards that expire, and nothing else for other situations', () => {
      const draft = exampleDraft();
      expect(check({ ...draft, situation: { ...draft.situation, status: 'tvtf', cardExpiresOn: '' } })).toEqual({ 'interview.migratorySituation.cardExpiresOn': 'validation.cardExpiryRequired' });
      expect(check({ ...draft, situation: { ...draft.situation, status: 'permanent-resident', cardExpiresOn: '' } })).toEqual({});
      expect(check({ ...draft, situation: { ...draft.situation, status: 'irregular', cardExpiresOn: 'not a date' } })).toEqual({});
      expect(check({ ...draft, situation: { ...draft.situation, status: '' } })).toEqual({ 'interview.migratorySituation.status': 'validation.required' });
    });

    it('checks the wage, the hours, and that someone who works has a sector', () => {
      const draft = exampleDraft();
      expect(check({ ...draft, work: { ...draft.work, sector: 'none', wageAmount: '2,100', wagePeriod: '', hoursPerWeek: '169' } })).toEqual({
        'interview.work.sector': 'validation.sectorForWorker',
        'interview.work.wage.amount': 'validation.amount',
        'interview.work.wage.period': 'validation.required',
        'interview.work.hoursPerWeek': 'validation.range',
      });
      expect(check({ ...draft, work: { ...draft.work, sector: 'none', employmentStatus: 'unemployed-seeking', hasContract: '' } })).toEqual({ 'interview.work.hasContract': 'validation.required' });
    });

    it('counts nobody along with someone travelling alone, and knows the school age', () => {
      const draft = exampleDraft();
      const household = (changes: Partial<IntakeDraft['household']>): IntakeDraft => ({ ...draft, household: { ...draft.household, ...changes } });
      expect(check(household({ travelsWith: 'alone', adults: '1' }))).toEqual({ 'interview.household.travelsWith': 'validation.notAlone' });
      expect(
        check(
          household({
            travelsWith: 'with-family',
            children: [
              { age: '10', schooling: 'not-school-age', works: false, separated: false },
              { age: '18', schooling: 'in-school', works: false, separated: false },
              { age: '', schooling: '', works: false, separated: false },
            ],
          }),
        ),
      ).toEqual({
        'interview.household.children.0.schooling': 'validation.schoolAge',
        'interview.household.children.1.age': 'validation.range',
        'interview.household.children.2.age': 'validation.required',
        'interview.household.children.2.schooling': 'validation.required',
      });
    });
  });

  describe('the screens', () => {
    it('need every question answered ("not known" is an answer)', () => {
      const draft = exampleDraft();
      expect(check({ ...draft, screens: { ...draft.screens, urgentBasicNeeds: { ...draft.screens.urgentBasicNeeds, food: '', medication: 'unknown' } } })).toEqual({
        'interview.screens.urgentBasicNeeds.food': 'validation.required',
      });
      expect(check({ ...draft, screens: { ...draft.screens, traffickingForcedLabour: { ...draft.screens.traffickingForcedLabour, unpaidWork: '' } } })).toEqual({
        'interview.screens.traffickingForcedLabour.unpaidWork': 'validation.required',
      });
    });

    it('record who exercises control only with a method of control', () => {
      const draft = exampleDraft();
      expect(check({ ...draft, screens: { ...draft.screens, traffickingForcedLabour: { ...draft.screens.traffickingForcedLabour, methodsOfControl: [] } } })).toEqual({
        'interview.screens.traffickingForcedLabour.controlledBy': 'validation.controlledByNeedsMethod',
      });
    });

    it('agree with the children listed: a working child under 15 or a separated child is not a "no"', () => {
      const draft = exampleDraft();
      const children = [{ age: '12', schooling: 'in-school' as const, works: true, separated: true }];
      expect(check({ ...draft, household: { ...draft.household, travelsWith: 'with-others', children } })).toEqual({
        'interview.screens.childProtection.childLabour': 'validation.childLabourContradiction',
        'interview.screens.childProtection.unaccompaniedOrSeparated': 'validation.separatedContradiction',
      });
    });
  });

  it('cannot record anything without the consent to store the data', () => {
    const draft = exampleDraft();
    expect(check({ ...draft, consents: { ...draft.consents, storeData: false } })).toEqual({ 'consents.storeData': 'validation.storeDataConsent' });
  });

  it('checks the answers to the centre’s own questions against its form', () => {
    const draft = exampleDraft();
    expect(check(draft, CENTRE_FORM)).toEqual({ 'answers.values.arrival-route': 'validation.required' });
    expect(check({ ...draft, answers: { 'arrival-route': 'north', 'days-in-city': 'tres', 'arrived-on': '2026-13-01', notes: 'x'.repeat(501) } }, CENTRE_FORM)).toEqual({
      'answers.values.days-in-city': 'validation.number',
      'answers.values.arrived-on': 'validation.date',
      'answers.values.notes': 'validation.tooLong',
    });
  });
});
