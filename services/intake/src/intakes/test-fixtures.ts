import { interviewSchema, type Interview, type InterviewInput, type PersonDetailsInput } from '../interview';

/** A person at the door as a tablet sends them. */
export const personBody = {
  name: 'Marie Joseph',
  alias: 'Mari',
  yearOfBirth: 1994,
  sex: 'female',
  nationalities: ['HT'],
  languages: ['ht', 'fr'],
  preferredLanguage: 'ht',
  needsInterpreter: true,
  contactChannels: [{ channel: 'whatsapp', value: '+52 664 123 4567' }],
  identityDocuments: [{ type: 'CURP', number: 'GAPM900101MNEXXX09' }],
} satisfies PersonDetailsInput;

const no = 'no' as const;

/** An interview where nothing is flagged. */
export const quietInterviewBody = {
  migratorySituation: { status: 'asylum-seeker', nextSigningOn: '2026-11-30', signingFrequency: 'weekly' },
  work: { sector: 'construction', employmentStatus: 'employed', hasContract: false, wage: { amount: '1800', currency: 'MXN', period: 'week' }, hoursPerWeek: 48 },
  household: { travelsWith: 'alone', adults: 0, children: [] },
  needs: ['labour-rights'],
  screens: {
    childProtection: { childLabour: no, hazardousWorkAdolescent: no, begging: no, unaccompaniedOrSeparated: no },
    genderBasedViolence: { violenceExperienced: no, atWorkplace: no, feelsUnsafeNow: no, wantsSpecialisedSupport: no },
    traffickingForcedLabour: { methodsOfControl: [], controlledBy: [], debtToRecruiter: no, unpaidWork: no },
    urgentBasicNeeds: { shelterTonight: no, food: no, medicalUrgent: no, medication: no, safetyThreat: no },
  },
} satisfies InterviewInput;

/** The employer holds the person's documents: a trafficking indicator. */
export const documentsWithheldInterviewBody = {
  ...quietInterviewBody,
  screens: {
    ...quietInterviewBody.screens,
    traffickingForcedLabour: { methodsOfControl: ['withholds-documents'], controlledBy: ['employer'], debtToRecruiter: no, unpaidWork: no },
  },
} satisfies InterviewInput;

export function anInterview(): Interview {
  return interviewSchema.parse(quietInterviewBody);
}

/** A submission body for a new person. */
export function newPersonSubmission(overrides: Record<string, unknown> = {}) {
  return {
    person: personBody,
    interview: quietInterviewBody,
    consents: [{ purpose: 'store-data' }, { purpose: 'statistics' }, { purpose: 'contact', channel: 'whatsapp' }],
    ...overrides,
  };
}
