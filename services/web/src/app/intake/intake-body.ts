import type {
  ConsentScope,
  ContactChannel,
  IdentityDocument,
  IntakeForm,
  IntakeSubmission,
  Interview,
  PersonDetails,
  PersonDetailsUpdates,
  PersonMatchQuery,
  ScreenAnswer,
} from './intake-api.types';
import type { Choice, DocumentDraft, IntakeDraft, QuestionAnswer } from './intake-draft';
import {
  contactProblem,
  documentNumberProblem,
  nameProblem,
  validateDraft,
  wholeNumber,
  yearOfBirthOf,
  type FieldProblems,
  type ValidationContext,
} from './intake-validation';
import { CARD_STATUSES, CONTACT_CHANNELS, NATIONALITY_STATELESS, NATIONALITY_UNKNOWN } from './intake-api.types';
import { isCountryCode } from './intake-reference';

/**
 * From what was typed to the body of POST /intakes and of POST /people/matches. The body is built
 * only from a draft that passed `validateDraft`; the same draft always gives the same body, so a
 * retry with the same Idempotency-Key is recognised by the service as the same request.
 */

/** A choice the validation made sure was made. */
function chosen<T extends string>(value: Choice<T>, field: string): T {
  if (value === '') throw new Error(`intake draft not validated: ${field} is unanswered`);
  return value;
}

/** Whether a contact value is one the API accepts (consent is asked only for usable channels). */
const usableContact = (channel: Choice<ContactChannel>, value: string): channel is ContactChannel => channel !== '' && value.trim() !== '' && contactProblem(channel, value) === null;

const optionalText = (value: string): string | undefined => {
  const trimmed = value.normalize('NFC').trim();
  return trimmed === '' ? undefined : trimmed;
};

function documentOf(document: DocumentDraft): IdentityDocument {
  const number = document.number.trim();
  switch (chosen(document.type, 'identityDocuments.type')) {
    case 'CURP':
      return { type: 'CURP', number };
    case 'RFC':
      return { type: 'RFC', number };
    case 'NSS':
      return { type: 'NSS', number };
    case 'passport':
      return { type: 'passport', number, issuingCountry: document.issuingCountry };
    case 'other-id': {
      const description = optionalText(document.description);
      return {
        type: 'other-id',
        number,
        ...(document.issuingCountry === '' ? {} : { issuingCountry: document.issuingCountry }),
        ...(description === undefined ? {} : { description }),
      };
    }
  }
}

const listedDocuments = (draft: IntakeDraft): DocumentDraft[] => draft.documents.filter((document) => document.type !== '' || document.number.trim() !== '');

/** The person's details as typed (a validated draft). */
export function personDetailsOf(draft: IntakeDraft): PersonDetails {
  const { person } = draft;
  const name = optionalText(person.name);
  const alias = optionalText(person.alias);
  const dateOfBirth = optionalText(person.dateOfBirth);
  const yearOfBirth = person.yearOfBirth.trim() === '' ? null : wholeNumber(person.yearOfBirth);
  const genderIdentity = person.genderIdentity === '' ? undefined : person.genderIdentity;
  return {
    ...(name === undefined ? {} : { name }),
    ...(alias === undefined ? {} : { alias }),
    ...(dateOfBirth === undefined ? {} : { dateOfBirth }),
    ...(yearOfBirth === null ? {} : { yearOfBirth }),
    sex: chosen(person.sex, 'person.sex'),
    ...(genderIdentity === undefined ? {} : { genderIdentity }),
    ...(genderIdentity === 'self-described' ? { genderSelfDescribed: person.genderSelfDescribed.normalize('NFC').trim() } : {}),
    nationalities: person.nationalities.filter((code) => code !== ''),
    languages: [...person.languages],
    preferredLanguage: person.preferredLanguage,
    needsInterpreter: chosen(person.needsInterpreter, 'person.needsInterpreter') === 'yes',
    contactChannels: person.contactChannels
      .filter((contact) => contact.channel !== '' || contact.value.trim() !== '')
      .map((contact) => ({ channel: chosen(contact.channel, 'contactChannels.channel'), value: contact.value.trim() })),
    identityDocuments: listedDocuments(draft).map(documentOf),
  };
}

/** A returning person's record corrected with what was typed: lists left empty keep what is held. */
export function personUpdatesOf(draft: IntakeDraft): PersonDetailsUpdates {
  const { contactChannels, identityDocuments, ...rest } = personDetailsOf(draft);
  return {
    ...rest,
    ...(contactChannels.length > 0 ? { contactChannels } : {}),
    ...(identityDocuments.length > 0 ? { identityDocuments } : {}),
  };
}

const answer = (value: Choice<ScreenAnswer>, field: string): ScreenAnswer => chosen(value, field);

function interviewOf(draft: IntakeDraft): Interview {
  const { situation, work, household, screens } = draft;
  const status = chosen(situation.status, 'migratorySituation.status');
  const cardExpiresOn = CARD_STATUSES.includes(status) ? optionalText(situation.cardExpiresOn) : undefined;
  const asylum = status === 'asylum-seeker';
  const nextSigningOn = asylum ? optionalText(situation.nextSigningOn) : undefined;
  const usHearingOn = status === 'waiting-us-asylum-hearing' ? optionalText(situation.usHearingOn) : undefined;
  const employerName = optionalText(work.employerName);
  const hours = work.hoursPerWeek.trim() === '' ? null : wholeNumber(work.hoursPerWeek);
  const cp = screens.childProtection;
  const gbv = screens.genderBasedViolence;
  const tf = screens.traffickingForcedLabour;
  const ubn = screens.urgentBasicNeeds;
  return {
    migratorySituation: {
      status,
      ...(cardExpiresOn === undefined ? {} : { cardExpiresOn }),
      ...(nextSigningOn === undefined ? {} : { nextSigningOn }),
      ...(asylum && situation.signingFrequency !== '' ? { signingFrequency: situation.signingFrequency } : {}),
      ...(usHearingOn === undefined ? {} : { usHearingOn }),
    },
    work: {
      sector: chosen(work.sector, 'work.sector'),
      ...(employerName === undefined ? {} : { employerName }),
      employmentStatus: chosen(work.employmentStatus, 'work.employmentStatus'),
      hasContract: work.hasContract === 'yes' ? true : work.hasContract === 'no' ? false : null,
      ...(work.wageAmount.trim() === ''
        ? {}
        : { wage: { amount: work.wageAmount.trim(), currency: work.wageCurrency, period: chosen(work.wagePeriod, 'work.wage.period') } }),
      ...(hours === null ? {} : { hoursPerWeek: hours }),
    },
    household: {
      travelsWith: chosen(household.travelsWith, 'household.travelsWith'),
      adults: wholeNumber(household.adults) ?? 0,
      children: household.children.map((child) => ({
        age: wholeNumber(child.age) ?? 0,
        schooling: chosen(child.schooling, 'household.children.schooling'),
        works: child.works,
        separated: child.separated,
      })),
    },
    needs: [...household.needs],
    screens: {
      childProtection: {
        childLabour: answer(cp.childLabour, 'childLabour'),
        hazardousWorkAdolescent: answer(cp.hazardousWorkAdolescent, 'hazardousWorkAdolescent'),
        begging: answer(cp.begging, 'begging'),
        unaccompaniedOrSeparated: answer(cp.unaccompaniedOrSeparated, 'unaccompaniedOrSeparated'),
      },
      genderBasedViolence: {
        violenceExperienced: answer(gbv.violenceExperienced, 'violenceExperienced'),
        atWorkplace: answer(gbv.atWorkplace, 'atWorkplace'),
        feelsUnsafeNow: answer(gbv.feelsUnsafeNow, 'feelsUnsafeNow'),
        wantsSpecialisedSupport: answer(gbv.wantsSpecialisedSupport, 'wantsSpecialisedSupport'),
      },
      traffickingForcedLabour: {
        methodsOfControl: [...tf.methodsOfControl],
        controlledBy: [...tf.controlledBy],
        debtToRecruiter: answer(tf.debtToRecruiter, 'debtToRecruiter'),
        unpaidWork: answer(tf.unpaidWork, 'unpaidWork'),
      },
      urgentBasicNeeds: {
        shelterTonight: answer(ubn.shelterTonight, 'shelterTonight'),
        food: answer(ubn.food, 'food'),
        medicalUrgent: answer(ubn.medicalUrgent, 'medicalUrgent'),
        medication: answer(ubn.medication, 'medication'),
        safetyThreat: answer(ubn.safetyThreat, 'safetyThreat'),
      },
    },
  };
}

/**
 * The channels a contact consent can be given for: those the person gave (a returning person who
 * gave none now may be reached on those of their record).
 */
export function contactChannelsOffered(draft: IntakeDraft): ContactChannel[] {
  const given = draft.person.contactChannels.filter((contact) => usableContact(contact.channel, contact.value)).map((contact) => contact.channel);
  const returning = draft.match?.choice.kind === 'existing';
  return CONTACT_CHANNELS.filter((channel) => given.includes(channel) || (returning && given.length === 0));
}

export function consentsOf(draft: IntakeDraft): ConsentScope[] {
  const { consents } = draft;
  const offered = contactChannelsOffered(draft);
  return [
    ...(consents.storeData ? [{ purpose: 'store-data' as const }] : []),
    ...(consents.statistics ? [{ purpose: 'statistics' as const }] : []),
    ...consents.contact.filter((channel) => offered.includes(channel)).map((channel) => ({ purpose: 'contact' as const, channel })),
    ...consents.partners.map((partnerId) => ({ purpose: 'share-with-partner' as const, partnerId })),
    ...(consents.transfer ? [{ purpose: 'transfer' as const }] : []),
  ];
}

function answerValue(type: IntakeForm['questions'][number]['type'], value: QuestionAnswer | undefined): unknown {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : [...value];
  if (typeof value === 'boolean') return value;
  const text = value.normalize('NFC').trim();
  if (text === '') return undefined;
  return type === 'number' ? Number(text.replace(',', '.')) : text;
}

/** Answers to the centre's own questions, against the version shown; nothing when it asks none. */
export function answersOf(draft: IntakeDraft, form: IntakeForm | null): IntakeSubmission['answers'] {
  if (form === null || form.questions.length === 0) return undefined;
  const values: Record<string, unknown> = {};
  for (const question of form.questions) {
    const value = answerValue(question.type, draft.answers[question.id]);
    if (value !== undefined) values[question.id] = value;
  }
  return { formVersion: form.version, values };
}

export type BuiltSubmission = { ok: true; body: IntakeSubmission } | { ok: false; errors: FieldProblems };

/** The body of POST /intakes, or the problems that keep the draft from being sent. */
export function buildSubmission(draft: IntakeDraft, context: ValidationContext): BuiltSubmission {
  const errors = validateDraft(draft, context);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const choice = draft.match?.choice;
  const person: IntakeSubmission['person'] =
    choice?.kind === 'existing'
      ? {
          existingPersonId: choice.personId,
          caseAction: choice.caseAction,
          ...(choice.updateDetails ? { updates: personUpdatesOf(draft) } : {}),
        }
      : personDetailsOf(draft);
  const answers = answersOf(draft, context.form);
  return {
    ok: true,
    body: {
      person,
      interview: interviewOf(draft),
      consents: consentsOf(draft),
      ...(answers === undefined ? {} : { answers }),
    },
  };
}


/**
 * What POST /people/matches is asked, from the parts of the draft that are already valid (a
 * half-typed CURP is left out rather than refused); null when there is not enough to look for
 * anyone: a document, or a name or alias with a year of birth.
 */
export function matchQueryOf(draft: IntakeDraft, options: { documents: boolean } = { documents: true }): PersonMatchQuery | null {
  const { person } = draft;
  const name = person.name.trim() !== '' && nameProblem(person.name) === null ? person.name.normalize('NFC').trim() : undefined;
  const alias = person.alias.trim() !== '' && nameProblem(person.alias) === null ? person.alias.normalize('NFC').trim() : undefined;
  const yearOfBirth = yearOfBirthOf(person);
  const nationality = person.nationalities.find((code) => isCountryCode(code) || code === NATIONALITY_UNKNOWN || code === NATIONALITY_STATELESS);
  const documents = options.documents
    ? listedDocuments(draft).filter(
        (document) =>
          document.type !== '' &&
          documentNumberProblem(document.type, document.number) === null &&
          (document.type !== 'passport' || isCountryCode(document.issuingCountry)),
      )
    : [];
  const byName = (name !== undefined || alias !== undefined) && yearOfBirth !== null;
  if (documents.length === 0 && !byName) return null;
  return {
    ...(name === undefined ? {} : { name }),
    ...(alias === undefined ? {} : { alias }),
    ...(yearOfBirth === null ? {} : { yearOfBirth }),
    ...(nationality === undefined ? {} : { nationality }),
    ...(documents.length > 0 ? { documents: documents.map(documentOf) } : {}),
  };
}

/** Identifies a search (in memory only): a decision stands while what was searched for is unchanged. */
export function matchFingerprint(draft: IntakeDraft): string {
  return JSON.stringify(matchQueryOf(draft));
}

