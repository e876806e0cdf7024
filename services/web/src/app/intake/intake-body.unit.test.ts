import EXAMPLE_FILE from '../../../../../infra/platform/examples/intake.json';
import type { IntakeForm } from './intake-api.types';
import { answersOf, buildSubmission, matchFingerprint, matchQueryOf } from './intake-body';
import { emptyDraft, type IntakeDraft } from './intake-draft';
import { CENTRE_FORM, EXAMPLE_BODY, exampleDraft, TODAY } from './test-fixtures';

const context = { today: TODAY, form: null };

function bodyOf(draft: IntakeDraft, form: IntakeForm | null = null) {
  const built = buildSubmission(draft, { today: TODAY, form });
  if (!built.ok) throw new Error(`draft refused: ${JSON.stringify(built.errors)}`);
  return built.body;
}

describe('the body of POST /intakes', () => {
  it('is the platform’s example body when the interviewer types the example', () => {
    // The example leaves out identity documents (the API defaults them to none); the form always sends the list.
    expect({ ...EXAMPLE_BODY, person: { ...EXAMPLE_BODY.person, identityDocuments: undefined } }).toEqual(EXAMPLE_FILE);
    expect(bodyOf(exampleDraft())).toEqual(EXAMPLE_BODY);
  });

  it('is the same body for the same draft, so a retry with the same Idempotency-Key is the same request', () => {
    const draft = exampleDraft();
    expect(JSON.stringify(bodyOf(structuredClone(draft)))).toBe(JSON.stringify(bodyOf(draft)));
  });

  it('is not built from a draft with problems: the problems come back instead', () => {
    const built = buildSubmission(emptyDraft(), context);
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.errors).toMatchObject({ 'person.alias': { key: 'validation.nameOrAlias' }, 'consents.storeData': { key: 'validation.storeDataConsent' } });
  });

  it('sends the dates of a situation only for that situation, whatever else was typed before the status changed', () => {
    const draft = exampleDraft();
    const asylum = bodyOf({ ...draft, situation: { status: 'asylum-seeker', cardExpiresOn: '2027-03-15', nextSigningOn: '2026-12-01', signingFrequency: 'weekly', usHearingOn: '2027-01-01' } });
    expect(asylum.interview.migratorySituation).toEqual({ status: 'asylum-seeker', nextSigningOn: '2026-12-01', signingFrequency: 'weekly' });
    const waiting = bodyOf({ ...draft, situation: { status: 'waiting-us-asylum-hearing', cardExpiresOn: '', nextSigningOn: '2026-12-01', signingFrequency: '', usHearingOn: '2027-01-01' } });
    expect(waiting.interview.migratorySituation).toEqual({ status: 'waiting-us-asylum-hearing', usHearingOn: '2027-01-01' });
  });

  it('sends a new person’s documents, children and the gender they describe, trimmed', () => {
    const draft = exampleDraft();
    const body = bodyOf({
      ...draft,
      person: { ...draft.person, name: '  Marie Joseph ', genderIdentity: 'self-described', genderSelfDescribed: ' muxe ', nationalities: ['HT', ''] },
      documents: [
        { type: 'passport', number: 'ab 12345', issuingCountry: 'HT', description: 'ignored for a passport' },
        { type: '', number: '', issuingCountry: '', description: '' },
      ],
      household: { travelsWith: 'with-family', adults: '1', children: [{ age: '7', schooling: 'in-school', works: false, separated: false }], needs: [] },
    });
    expect(body.person).toMatchObject({
      name: 'Marie Joseph',
      genderIdentity: 'self-described',
      genderSelfDescribed: 'muxe',
      nationalities: ['HT'],
      identityDocuments: [{ type: 'passport', number: 'ab 12345', issuingCountry: 'HT' }],
    });
    expect(body.interview.household).toEqual({ travelsWith: 'with-family', adults: 1, children: [{ age: 7, schooling: 'in-school', works: false, separated: false }] });
  });

  it('leaves out a wage and hours not given, and records an unknown contract as null', () => {
    const draft = exampleDraft();
    const body = bodyOf({ ...draft, work: { ...draft.work, hasContract: 'unknown', wageAmount: ' ', wagePeriod: '', hoursPerWeek: '' } });
    expect(body.interview.work).toEqual({ sector: 'construction', employmentStatus: 'employed', hasContract: null });
  });

  it('asks for a contact consent only on a channel the person gave', () => {
    const draft = exampleDraft();
    const body = bodyOf({ ...draft, consents: { ...draft.consents, contact: ['whatsapp', 'email'], partners: ['6f1b0c7e-3a49-4d0b-9a57-2f0c8e1d1a11'] } });
    expect(body.consents).toEqual([
      { purpose: 'store-data' },
      { purpose: 'statistics' },
      { purpose: 'contact', channel: 'whatsapp' },
      { purpose: 'share-with-partner', partnerId: '6f1b0c7e-3a49-4d0b-9a57-2f0c8e1d1a11' },
      { purpose: 'transfer' },
    ]);
  });

  it('names a returning person by id with the case action, and sends what was typed only as corrections when asked', () => {
    const draft: IntakeDraft = { ...exampleDraft(), match: { fingerprint: 'x', choice: { kind: 'existing', personId: 'a3c1e5d2-1111-4a2b-9c3d-1234567890ab', caseAction: 'reopen-last', updateDetails: false } } };
    expect(bodyOf(draft).person).toEqual({ existingPersonId: 'a3c1e5d2-1111-4a2b-9c3d-1234567890ab', caseAction: 'reopen-last' });
    // Without corrections, the details typed only to find them are neither sent nor checked.
    expect(bodyOf({ ...draft, person: { ...draft.person, sex: '', nationalities: [] } }).person).toEqual({ existingPersonId: 'a3c1e5d2-1111-4a2b-9c3d-1234567890ab', caseAction: 'reopen-last' });

    const correcting: IntakeDraft = { ...draft, match: { fingerprint: 'x', choice: { kind: 'existing', personId: 'a3c1e5d2-1111-4a2b-9c3d-1234567890ab', caseAction: 'open-new', updateDetails: true } } };
    const person = bodyOf({ ...correcting, person: { ...correcting.person, contactChannels: [] } }).person;
    expect(person).toEqual({
      existingPersonId: 'a3c1e5d2-1111-4a2b-9c3d-1234567890ab',
      caseAction: 'open-new',
      updates: { name: 'Marie Joseph', alias: 'Mari', yearOfBirth: 1994, sex: 'female', nationalities: ['HT'], languages: ['ht', 'fr'], preferredLanguage: 'ht', needsInterpreter: true },
    });
  });
});

describe('answers to the centre’s own questions', () => {
  it('are sent against the form’s version, each as its type asks, leaving out what was not answered', () => {
    const draft: IntakeDraft = { ...exampleDraft(), answers: { 'arrival-route': 'south', 'days-in-city': '2,5', 'heard-from': [], 'has-phone': false, notes: '  ', 'arrived-on': '2026-11-20' } };
    expect(answersOf(draft, CENTRE_FORM)).toEqual({ formVersion: 3, values: { 'arrival-route': 'south', 'days-in-city': 2.5, 'has-phone': false, 'arrived-on': '2026-11-20' } });
    expect(bodyOf(draft, CENTRE_FORM).answers).toEqual({ formVersion: 3, values: { 'arrival-route': 'south', 'days-in-city': 2.5, 'has-phone': false, 'arrived-on': '2026-11-20' } });
  });

  it('are left out when the centre asks nothing of its own', () => {
    expect(bodyOf(exampleDraft(), { ...CENTRE_FORM, version: 0, questions: [] })).not.toHaveProperty('answers');
  });
});

describe('the returning-person search', () => {
  it('asks with the name, alias, year (from the date of birth when given), first nationality and the documents typed correctly', () => {
    const draft = exampleDraft();
    const query = matchQueryOf({
      ...draft,
      person: { ...draft.person, dateOfBirth: '1994-03-02', yearOfBirth: '', nationalities: ['', 'HT'] },
      documents: [
        { type: 'CURP', number: 'gapm900101mnexxx09', issuingCountry: '', description: '' },
        { type: 'NSS', number: '123', issuingCountry: '', description: '' },
      ],
    });
    expect(query).toEqual({ name: 'Marie Joseph', alias: 'Mari', yearOfBirth: 1994, nationality: 'HT', documents: [{ type: 'CURP', number: 'gapm900101mnexxx09' }] });
  });

  it('is not made without a document or a name with a year of birth, and goes without documents when asked to', () => {
    const draft = exampleDraft();
    expect(matchQueryOf({ ...draft, person: { ...draft.person, yearOfBirth: '' } })).toBeNull();
    const withCurp = { ...draft, documents: [{ type: 'CURP' as const, number: 'GAPM900101MNEXXX09', issuingCountry: '', description: '' }] };
    expect(matchQueryOf({ ...withCurp, person: { ...draft.person, yearOfBirth: '' } })).toEqual({ name: 'Marie Joseph', alias: 'Mari', nationality: 'HT', documents: [{ type: 'CURP', number: 'GAPM900101MNEXXX09' }] });
    expect(matchQueryOf(withCurp, { documents: false })).not.toHaveProperty('documents');
  });

  it('is asked again when what identifies the person changes, not when other answers do', () => {
    const draft = exampleDraft();
    expect(matchFingerprint({ ...draft, work: { ...draft.work, sector: 'agriculture' } })).toBe(matchFingerprint(draft));
    expect(matchFingerprint({ ...draft, person: { ...draft.person, yearOfBirth: '1995' } })).not.toBe(matchFingerprint(draft));
  });
});
