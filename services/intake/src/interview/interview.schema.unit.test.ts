import { ApiRoutes } from '@corredor/service-kit';
import { openApiErrors } from '@corredor/service-kit/testing';
import { z } from 'zod';
import { intakeAnswersSchema } from '../forms/intake-form.schema';
import { interviewSchema } from './interview.schema';
import { personDetailsSchema } from './person-details.schema';

const screens = {
  childProtection: { childLabour: 'no', hazardousWorkAdolescent: 'no', begging: 'no', unaccompaniedOrSeparated: 'no' },
  genderBasedViolence: { violenceExperienced: 'no', atWorkplace: 'no', feelsUnsafeNow: 'no', wantsSpecialisedSupport: 'unknown' },
  traffickingForcedLabour: { methodsOfControl: [], controlledBy: [], debtToRecruiter: 'no', unpaidWork: 'no' },
  urgentBasicNeeds: { shelterTonight: 'no', food: 'no', medicalUrgent: 'no', medication: 'no', safetyThreat: 'no' },
};

const valid = {
  migratorySituation: { status: 'tvrh', cardExpiresOn: '2027-05-01' },
  work: {
    sector: 'manufacturing-maquila',
    employerName: 'Maquiladora del Norte',
    employmentStatus: 'employed',
    hasContract: null,
    wage: { amount: '2100.00', currency: 'MXN', period: 'week' },
    hoursPerWeek: 60,
  },
  household: { travelsWith: 'with-family', adults: 1, children: [{ age: 7, schooling: 'in-school', works: false, separated: false }] },
  needs: ['labour-rights', 'documents-procedures'],
  screens,
};

function errorsOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

const withSituation = (migratorySituation: object) => ({ ...valid, migratorySituation });
const withWork = (work: object) => ({ ...valid, work: { ...valid.work, ...work } });
const withHousehold = (household: object) => ({ ...valid, household: { ...valid.household, ...household } });
const withTrafficking = (screen: object) => ({ ...valid, screens: { ...screens, traffickingForcedLabour: { ...screens.traffickingForcedLabour, ...screen } } });

describe('the interview', () => {
  it('accepts a whole interview as a caseworker records it', () => {
    expect(interviewSchema.parse(valid)).toEqual(valid);
  });

  describe('migratory situation', () => {
    it('needs the expiry of a visitor or temporary resident card, and allows it for a permanent resident', () => {
      expect(errorsOf(interviewSchema, withSituation({ status: 'tvtf' }))).toEqual({ 'migratorySituation.cardExpiresOn': 'is required for this card (the date printed on it)' });
      expect(interviewSchema.safeParse(withSituation({ status: 'permanent-resident' })).success).toBe(true);
      expect(interviewSchema.safeParse(withSituation({ status: 'permanent-resident', cardExpiresOn: '2030-01-01' })).success).toBe(true);
    });

    it('records an expiry only for a card, signings only for asylum seekers, a US hearing only for those waiting for one', () => {
      expect(errorsOf(interviewSchema, withSituation({ status: 'irregular', cardExpiresOn: '2027-01-01', nextSigningOn: '2026-12-01', usHearingOn: '2027-02-01' }))).toEqual({
        'migratorySituation.cardExpiresOn': 'is recorded only for a visitor or resident card',
        'migratorySituation.nextSigningOn': 'is recorded only for an asylum seeker',
        'migratorySituation.usHearingOn': 'is recorded only for someone waiting for a US asylum hearing',
      });
      expect(interviewSchema.safeParse(withSituation({ status: 'asylum-seeker', nextSigningOn: '2026-11-30', signingFrequency: 'weekly' })).success).toBe(true);
      expect(interviewSchema.safeParse(withSituation({ status: 'waiting-us-asylum-hearing', usHearingOn: '2027-03-15' })).success).toBe(true);
    });

    it('names the situations it knows when given another', () => {
      expect(errorsOf(interviewSchema, withSituation({ status: 'tourist' }))['migratorySituation.status']).toMatch(/^must be one of: tvrh, tvtf, tvr, /);
    });
  });

  describe('work', () => {
    it('checks wage, hours and that someone who works has a sector', () => {
      expect(
        errorsOf(interviewSchema, withWork({ sector: 'none', wage: { amount: '2,100', currency: 'pesos', period: 'year' }, hoursPerWeek: 169, employerName: '' })),
      ).toEqual({
        'work.employerName': 'must not be empty',
        'work.wage.amount': 'must be an amount such as "1500" or "1500.50"',
        'work.wage.currency': 'must be an ISO 4217 currency code such as "MXN"',
        'work.wage.period': 'must be one of: hour, day, week, fortnight, month',
        'work.hoursPerWeek': 'a week has 168 hours',
        'work.sector': 'a person who works has a sector (use "other" if none fits)',
      });
      expect(interviewSchema.safeParse(withWork({ sector: 'none', employmentStatus: 'unemployed-seeking', hasContract: false })).success).toBe(true);
    });
  });

  describe('household', () => {
    it('does not count anyone travelling along when the person travels alone', () => {
      expect(errorsOf(interviewSchema, withHousehold({ travelsWith: 'alone', adults: 0 }))).toEqual({
        'household.travelsWith': 'someone travelling with others is not travelling alone',
      });
      expect(interviewSchema.safeParse(withHousehold({ travelsWith: 'alone', adults: 0, children: [] })).success).toBe(true);
    });

    it('knows a child of 6 to 15 is of school age, and that a child is under 18', () => {
      expect(
        errorsOf(
          interviewSchema,
          withHousehold({
            children: [
              { age: 10, schooling: 'not-school-age', works: false, separated: false },
              { age: 18, schooling: 'in-school', works: false, separated: false },
            ],
          }),
        ),
      ).toEqual({ 'household.children.0.schooling': 'a child aged 6 to 15 is of school age', 'household.children.1.age': 'a child is under 18' });
    });

    it('keeps the child-protection answers in line with the children listed', () => {
      const working = { age: 12, schooling: 'in-school', works: true, separated: true };
      expect(errorsOf(interviewSchema, withHousehold({ travelsWith: 'with-others', children: [working] }))).toEqual({
        'screens.childProtection.childLabour': 'a child under 15 listed in the household works',
        'screens.childProtection.unaccompaniedOrSeparated': 'a child listed in the household is separated',
      });
    });
  });

  describe('screens', () => {
    it('takes methods of control from the HTCDS vocabulary, without repeats, and who exercises them', () => {
      expect(interviewSchema.safeParse(withTrafficking({ methodsOfControl: ['withholds-documents', 'debt-bondage'], controlledBy: ['employer', 'recruiter'] })).success).toBe(true);
      expect(errorsOf(interviewSchema, withTrafficking({ methodsOfControl: ['withholds-documents', 'withholds-documents', 'beatings'] }))).toEqual({
        'screens.traffickingForcedLabour.methodsOfControl.1': 'this method of control is already listed',
        'screens.traffickingForcedLabour.methodsOfControl.2': expect.stringMatching(/^must be one of: debt-bondage, takes-earnings/),
      });
      expect(errorsOf(interviewSchema, withTrafficking({ controlledBy: ['employer'] }))).toEqual({
        'screens.traffickingForcedLabour.controlledBy': 'is recorded only with at least one method of control',
      });
    });

    it('answers every screening question with yes, no or unknown', () => {
      const input = { ...valid, screens: { ...screens, urgentBasicNeeds: { ...screens.urgentBasicNeeds, food: true, medication: undefined } } };
      expect(errorsOf(interviewSchema, input)).toEqual({
        'screens.urgentBasicNeeds.food': 'must be one of: yes, no, unknown',
        'screens.urgentBasicNeeds.medication': 'must be one of: yes, no, unknown',
      });
    });
  });

  it('lists needs without repeats and refuses fields it does not know', () => {
    expect(errorsOf(interviewSchema, { ...valid, needs: ['job', 'job'], notes: 'x' })).toEqual({ 'needs.1': 'this need is already listed', '': 'Unrecognized key: "notes"' });
  });
});

describe('the interview schemas in an API document', () => {
  it('describe a request body in valid OpenAPI 3.1, with named components', async () => {
    const api = new ApiRoutes({ 'POST /interviews': ['promoter'] });
    const body = z.strictObject({ person: personDetailsSchema, interview: interviewSchema, answers: intakeAnswersSchema.optional() });
    api.post('/interviews', { summary: 'Records an interview', tag: 'Test', body, responses: { 204: { description: 'Recorded' } } }, (_req, res) => {
      res.status(204).end();
    });
    const document = api.document({ title: 'test', version: '1' });
    expect(await openApiErrors(document)).toEqual([]);
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(expect.arrayContaining(['PersonDetails', 'Interview', 'IntakeAnswers']));
  });
});
