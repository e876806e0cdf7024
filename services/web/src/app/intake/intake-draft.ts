import type {
  CaseAction,
  ContactChannel,
  ControlMethod,
  Controller,
  DocumentType,
  EmploymentStatus,
  GenderIdentity,
  MigratoryStatus,
  Need,
  PayPeriod,
  Schooling,
  ScreenAnswer,
  Screens,
  Sex,
  SigningFrequency,
  TravelsWith,
  WorkSector,
} from './intake-api.types';

/**
 * What the interviewer has typed, exactly as typed: text stays text until the body is built, so
 * nothing is lost or reformatted while the person is still answering. `''` is "not answered yet".
 */
export type Choice<T extends string> = T | '';
export type YesNoUnknown = Choice<ScreenAnswer>;

export interface ContactDraft {
  channel: Choice<ContactChannel>;
  value: string;
}

export interface PersonDraft {
  name: string;
  alias: string;
  dateOfBirth: string;
  yearOfBirth: string;
  sex: Choice<Sex>;
  genderIdentity: Choice<GenderIdentity>;
  genderSelfDescribed: string;
  /** Codes in order: the first is the one reports count. */
  nationalities: string[];
  languages: string[];
  preferredLanguage: string;
  needsInterpreter: Choice<'yes' | 'no'>;
  contactChannels: ContactDraft[];
}

export interface DocumentDraft {
  type: Choice<DocumentType>;
  number: string;
  issuingCountry: string;
  description: string;
}

export interface SituationDraft {
  status: Choice<MigratoryStatus>;
  cardExpiresOn: string;
  nextSigningOn: string;
  signingFrequency: Choice<SigningFrequency>;
  usHearingOn: string;
}

export interface WorkDraft {
  sector: Choice<WorkSector>;
  employerName: string;
  employmentStatus: Choice<EmploymentStatus>;
  hasContract: YesNoUnknown;
  wageAmount: string;
  wageCurrency: string;
  wagePeriod: Choice<PayPeriod>;
  hoursPerWeek: string;
}

export interface ChildDraft {
  age: string;
  schooling: Choice<Schooling>;
  works: boolean;
  separated: boolean;
}

export interface HouseholdDraft {
  travelsWith: Choice<TravelsWith>;
  adults: string;
  children: ChildDraft[];
  needs: Need[];
}

type Answers<T> = { [K in keyof T]: YesNoUnknown };

export interface ScreensDraft {
  childProtection: Answers<Screens['childProtection']>;
  genderBasedViolence: Answers<Screens['genderBasedViolence']>;
  traffickingForcedLabour: {
    methodsOfControl: ControlMethod[];
    controlledBy: Controller[];
    debtToRecruiter: YesNoUnknown;
    unpaidWork: YesNoUnknown;
  };
  urgentBasicNeeds: Answers<Screens['urgentBasicNeeds']>;
}

export interface ConsentDraft {
  storeData: boolean;
  statistics: boolean;
  transfer: boolean;
  contact: ContactChannel[];
  /** Partners (ids from the referral directory) the person agrees their data is shared with. */
  partners: string[];
}

/** An answer to one of the centre's own questions, as the control holds it. */
export type QuestionAnswer = string | string[] | boolean | null;

/** Whether the person at the desk is someone the centre already serves. */
export type PersonChoice =
  | { kind: 'new' }
  | {
      kind: 'existing';
      personId: string;
      caseAction: CaseAction;
      /** Send what was typed as corrections to their record. */
      updateDetails: boolean;
    };

export interface MatchDecision {
  /** The search this decision answered: a change to name, year, nationality or documents asks again. */
  fingerprint: string;
  choice: PersonChoice;
}

export interface IntakeDraft {
  person: PersonDraft;
  documents: DocumentDraft[];
  situation: SituationDraft;
  work: WorkDraft;
  household: HouseholdDraft;
  screens: ScreensDraft;
  consents: ConsentDraft;
  answers: Record<string, QuestionAnswer>;
  match: MatchDecision | null;
}

export const emptyContact = (): ContactDraft => ({ channel: '', value: '' });
export const emptyDocument = (): DocumentDraft => ({ type: '', number: '', issuingCountry: '', description: '' });
export const emptyChild = (): ChildDraft => ({ age: '', schooling: '', works: false, separated: false });

export function emptyDraft(): IntakeDraft {
  return {
    person: {
      name: '',
      alias: '',
      dateOfBirth: '',
      yearOfBirth: '',
      sex: '',
      genderIdentity: '',
      genderSelfDescribed: '',
      nationalities: [],
      languages: [],
      preferredLanguage: '',
      needsInterpreter: '',
      contactChannels: [],
    },
    documents: [],
    situation: { status: '', cardExpiresOn: '', nextSigningOn: '', signingFrequency: '', usHearingOn: '' },
    work: { sector: '', employerName: '', employmentStatus: '', hasContract: '', wageAmount: '', wageCurrency: 'MXN', wagePeriod: '', hoursPerWeek: '' },
    household: { travelsWith: '', adults: '0', children: [], needs: [] },
    screens: {
      childProtection: { childLabour: '', hazardousWorkAdolescent: '', begging: '', unaccompaniedOrSeparated: '' },
      genderBasedViolence: { violenceExperienced: '', atWorkplace: '', feelsUnsafeNow: '', wantsSpecialisedSupport: '' },
      traffickingForcedLabour: { methodsOfControl: [], controlledBy: [], debtToRecruiter: '', unpaidWork: '' },
      urgentBasicNeeds: { shelterTonight: '', food: '', medicalUrgent: '', medication: '', safetyThreat: '' },
    },
    consents: { storeData: false, statistics: false, transfer: false, contact: [], partners: [] },
    answers: {},
    match: null,
  };
}
