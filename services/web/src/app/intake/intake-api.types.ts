import type { components } from '../api/generated/intake';

/**
 * The intake service's request and response shapes, from its OpenAPI document. Every list of codes
 * below is checked against these types (`exhaustive`), so a value added to or removed from the API
 * breaks the type-check until the form offers it (and the locale files name it).
 */
type Schemas = components['schemas'];

export type IntakeSubmission = Schemas['IntakeSubmission'];
export type Intake = Schemas['Intake'];
export type IntakeForm = Schemas['IntakeForm'];
export type IntakeQuestion = Schemas['IntakeQuestion'];
export type PersonDetails = Schemas['PersonDetails'];
export type PersonDetailsUpdates = Schemas['PersonDetailsUpdates'];
export type ReturningPerson = Schemas['ReturningPerson'];
export type PersonMatch = Schemas['PersonMatch'];
export type PersonMatchQuery = Schemas['PersonMatchQuery'];
export type Interview = Schemas['Interview'];

export type Sex = PersonDetails['sex'];
export type GenderIdentity = NonNullable<PersonDetails['genderIdentity']>;
export type ContactChannel = PersonDetails['contactChannels'][number]['channel'];
export type IdentityDocument = PersonDetails['identityDocuments'][number];
export type DocumentType = IdentityDocument['type'];
export type MigratoryStatus = Interview['migratorySituation']['status'];
export type SigningFrequency = NonNullable<Interview['migratorySituation']['signingFrequency']>;
export type WorkSector = Interview['work']['sector'];
export type EmploymentStatus = Interview['work']['employmentStatus'];
export type PayPeriod = NonNullable<Interview['work']['wage']>['period'];
export type TravelsWith = Interview['household']['travelsWith'];
export type Schooling = Interview['household']['children'][number]['schooling'];
export type Need = Interview['needs'][number];
export type Screens = Interview['screens'];
export type ScreenAnswer = Screens['childProtection']['begging'];
export type ControlMethod = Screens['traffickingForcedLabour']['methodsOfControl'][number];
export type Controller = Screens['traffickingForcedLabour']['controlledBy'][number];
export type ConsentScope = IntakeSubmission['consents'][number];
export type ConsentPurpose = ConsentScope['purpose'];
export type CaseAction = ReturningPerson['caseAction'];
export type MatchReason = PersonMatch['reason'];
export type RiskFlag = Intake['riskFlags'][number];
export type RiskScreen = RiskFlag['screen'];
export type RiskLevel = RiskFlag['level'];
export type CasePriority = Intake['priority'];

/**
 * A list of every value of a union, in the order the form shows them: fails to compile when the
 * list misses a value of the union (or holds one the union does not have).
 */
export function exhaustive<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> })): L => list;
}

export const SEXES = exhaustive<Sex>()(['female', 'male', 'intersex', 'not-stated']);
export const GENDER_IDENTITIES = exhaustive<GenderIdentity>()(['woman', 'man', 'trans-woman', 'trans-man', 'non-binary', 'self-described', 'prefer-not-to-say']);
export const CONTACT_CHANNELS = exhaustive<ContactChannel>()(['phone', 'whatsapp', 'email']);
export const DOCUMENT_TYPES = exhaustive<DocumentType>()(['CURP', 'RFC', 'NSS', 'passport', 'other-id']);
export const MIGRATORY_STATUSES = exhaustive<MigratoryStatus>()([
  'tvrh',
  'tvtf',
  'tvr',
  'temporary-resident',
  'permanent-resident',
  'asylum-seeker',
  'recognised-refugee',
  'waiting-us-asylum-hearing',
  'irregular',
  'mexican-internal-migrant',
  'returnee',
  'other',
]);
export const SIGNING_FREQUENCIES = exhaustive<SigningFrequency>()(['weekly', 'fortnightly', 'monthly', 'other']);
export const WORK_SECTORS = exhaustive<WorkSector>()([
  'agriculture',
  'construction',
  'manufacturing-maquila',
  'domestic-work',
  'hospitality',
  'retail',
  'services',
  'street-vending',
  'other',
  'none',
]);
export const EMPLOYMENT_STATUSES = exhaustive<EmploymentStatus>()(['employed', 'self-employed', 'day-labourer', 'unemployed-seeking', 'not-working']);
export const PAY_PERIODS = exhaustive<PayPeriod>()(['hour', 'day', 'week', 'fortnight', 'month']);
export const TRAVELS_WITH = exhaustive<TravelsWith>()(['alone', 'with-family', 'with-others']);
export const SCHOOLING = exhaustive<Schooling>()(['in-school', 'not-enrolled', 'dropped-out', 'not-school-age']);
export const NEEDS = exhaustive<Need>()([
  'labour-rights',
  'job',
  'documents-procedures',
  'labour-justice',
  'shelter',
  'food',
  'health',
  'legal-aid-immigration',
  'education',
  'interpretation',
  'other',
]);
export const SCREEN_ANSWERS = exhaustive<ScreenAnswer>()(['yes', 'no', 'unknown']);
/** HTCDS methods of control, the most frequent at the centres first. */
export const CONTROL_METHODS = exhaustive<ControlMethod>()([
  'withholds-documents',
  'debt-bondage',
  'withholds-wages',
  'changed-conditions',
  'false-promises',
  'excessive-working-hours',
  'restricts-movement',
  'threats',
  'threat-of-law-enforcement',
  'isolation',
  'takes-earnings',
  'restricts-financial-access',
  'psychological-abuse',
  'physical-abuse',
  'sexual-abuse',
  'psychoactive-substances',
  'withholds-necessities',
  'restricts-medical-care',
  'uses-children',
  'other',
]);
export const CONTROLLERS = exhaustive<Controller>()(['employer', 'recruiter', 'other']);
export const CASE_ACTIONS = exhaustive<CaseAction>()(['open-new', 'reopen-last']);

/** The screening questions of each screen, in the order they are asked. */
export const CHILD_PROTECTION_QUESTIONS = exhaustive<keyof Screens['childProtection']>()(['childLabour', 'hazardousWorkAdolescent', 'begging', 'unaccompaniedOrSeparated']);
export const GBV_QUESTIONS = exhaustive<keyof Screens['genderBasedViolence']>()(['violenceExperienced', 'atWorkplace', 'feelsUnsafeNow', 'wantsSpecialisedSupport']);
export const TRAFFICKING_QUESTIONS = exhaustive<Exclude<keyof Screens['traffickingForcedLabour'], 'methodsOfControl' | 'controlledBy'>>()(['debtToRecruiter', 'unpaidWork']);
export const URGENT_NEEDS_QUESTIONS = exhaustive<keyof Screens['urgentBasicNeeds']>()(['shelterTonight', 'food', 'medicalUrgent', 'medication', 'safetyThreat']);

/** The API's NATIONALITY_UNKNOWN and NATIONALITY_STATELESS. */
export const NATIONALITY_UNKNOWN = 'unknown';
export const NATIONALITY_STATELESS = 'stateless';

/** Situations that come with a card, whose expiry is recorded; the last has no required expiry. */
export const CARD_STATUSES: readonly MigratoryStatus[] = ['tvrh', 'tvtf', 'tvr', 'temporary-resident', 'permanent-resident'];
export const EXPIRING_CARD_STATUSES: readonly MigratoryStatus[] = ['tvrh', 'tvtf', 'tvr', 'temporary-resident'];
/** Employment statuses of someone who works (and so has a sector other than none). */
export const WORKING_STATUSES: readonly EmploymentStatus[] = ['employed', 'self-employed', 'day-labourer'];
/** Schooling is compulsory from 6 to 15 in Mexico; work under 15 is child labour (as the API's rules). */
export const SCHOOL_AGE = { from: 6, to: 15 } as const;
export const MINIMUM_WORKING_AGE = 15;
