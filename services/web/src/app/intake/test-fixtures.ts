import type { IntakeForm, IntakeSubmission } from './intake-api.types';
import { emptyDraft, type IntakeDraft } from './intake-draft';

/**
 * The example body of the platform's docs (infra/platform/examples/intake.json), written here as
 * the generated type: if the API changes shape, this stops compiling; the tests check the file
 * still says the same.
 */
export const EXAMPLE_BODY: IntakeSubmission = {
  person: {
    name: 'Marie Joseph',
    alias: 'Mari',
    yearOfBirth: 1994,
    sex: 'female',
    nationalities: ['HT'],
    languages: ['ht', 'fr'],
    preferredLanguage: 'ht',
    needsInterpreter: true,
    contactChannels: [{ channel: 'whatsapp', value: '+52 664 123 4567' }],
    identityDocuments: [],
  },
  interview: {
    migratorySituation: { status: 'tvrh', cardExpiresOn: '2027-03-15' },
    work: { sector: 'construction', employmentStatus: 'employed', hasContract: false, wage: { amount: '1800', currency: 'MXN', period: 'week' }, hoursPerWeek: 60 },
    household: { travelsWith: 'alone', adults: 0, children: [] },
    needs: ['labour-rights', 'labour-justice'],
    screens: {
      childProtection: { childLabour: 'no', hazardousWorkAdolescent: 'no', begging: 'no', unaccompaniedOrSeparated: 'no' },
      genderBasedViolence: { violenceExperienced: 'no', atWorkplace: 'no', feelsUnsafeNow: 'no', wantsSpecialisedSupport: 'no' },
      traffickingForcedLabour: { methodsOfControl: ['withholds-documents'], controlledBy: ['employer'], debtToRecruiter: 'no', unpaidWork: 'no' },
      urgentBasicNeeds: { shelterTonight: 'no', food: 'no', medicalUrgent: 'no', medication: 'no', safetyThreat: 'no' },
    },
  },
  consents: [{ purpose: 'store-data' }, { purpose: 'statistics' }, { purpose: 'contact', channel: 'whatsapp' }, { purpose: 'transfer' }],
};

/** What an interviewer types for the example body, field by field, as the form holds it. */
export function exampleDraft(): IntakeDraft {
  const draft = emptyDraft();
  return {
    ...draft,
    person: {
      ...draft.person,
      name: 'Marie Joseph',
      alias: 'Mari',
      yearOfBirth: '1994',
      sex: 'female',
      nationalities: ['HT'],
      languages: ['ht', 'fr'],
      preferredLanguage: 'ht',
      needsInterpreter: 'yes',
      contactChannels: [{ channel: 'whatsapp', value: '+52 664 123 4567' }],
    },
    situation: { ...draft.situation, status: 'tvrh', cardExpiresOn: '2027-03-15' },
    work: { ...draft.work, sector: 'construction', employmentStatus: 'employed', hasContract: 'no', wageAmount: '1800', wageCurrency: 'MXN', wagePeriod: 'week', hoursPerWeek: '60' },
    household: { travelsWith: 'alone', adults: '0', children: [], needs: ['labour-rights', 'labour-justice'] },
    screens: {
      childProtection: { childLabour: 'no', hazardousWorkAdolescent: 'no', begging: 'no', unaccompaniedOrSeparated: 'no' },
      genderBasedViolence: { violenceExperienced: 'no', atWorkplace: 'no', feelsUnsafeNow: 'no', wantsSpecialisedSupport: 'no' },
      traffickingForcedLabour: { methodsOfControl: ['withholds-documents'], controlledBy: ['employer'], debtToRecruiter: 'no', unpaidWork: 'no' },
      urgentBasicNeeds: { shelterTonight: 'no', food: 'no', medicalUrgent: 'no', medication: 'no', safetyThreat: 'no' },
    },
    consents: { storeData: true, statistics: true, transfer: true, contact: ['whatsapp'], partners: [] },
  };
}

/** A centre form with one question of each kind. */
export const CENTRE_FORM: IntakeForm = {
  version: 3,
  languages: ['es', 'ht'],
  createdAt: '2026-01-10T15:00:00.000Z',
  createdBy: 'coordinator-1',
  questions: [
    { id: 'arrival-route', type: 'single-choice', labels: { es: '¿Por dónde llegó?' }, required: true, options: [{ id: 'north', labels: { es: 'Norte' } }, { id: 'south', labels: { es: 'Sur' } }] },
    { id: 'days-in-city', type: 'number', labels: { es: 'Días en la ciudad' }, required: false },
    { id: 'heard-from', type: 'multi-choice', labels: { es: '¿Cómo supo del centro?' }, required: false, options: [{ id: 'shelter', labels: { es: 'Albergue' } }, { id: 'friend', labels: { es: 'Amistad' } }] },
    { id: 'has-phone', type: 'boolean', labels: { es: '¿Tiene teléfono?' }, required: false },
    { id: 'notes', type: 'text', labels: { es: 'Notas' }, required: false },
    { id: 'arrived-on', type: 'date', labels: { es: 'Llegó el' }, required: false },
  ],
};

export const TODAY = '2026-11-24';
