import {
  CARD_STATUSES,
  EXPIRING_CARD_STATUSES,
  MINIMUM_WORKING_AGE,
  NATIONALITY_STATELESS,
  NATIONALITY_UNKNOWN,
  SCHOOL_AGE,
  WORKING_STATUSES,
  type ContactChannel,
  type DocumentType,
  type IntakeForm,
} from './intake-api.types';
import type { ContactDraft, DocumentDraft, IntakeDraft, PersonDraft, QuestionAnswer } from './intake-draft';
import { isCountryCode } from './intake-reference';

/**
 * The checks the intake service applies (its zod schemas in services/intake/src/interview and the
 * centre form's `validateAnswers`), repeated here so the interviewer hears about a mistake while
 * the person is still at the desk. Field paths are the API's (`person.name`,
 * `interview.household.children.0.age`), so the API's own field errors land in the same places.
 * Messages are keys of the intake namespace, never text.
 */
export const MESSAGES = {
  required: 'validation.required',
  nameOrAlias: 'validation.nameOrAlias',
  tooLong: 'validation.tooLong',
  hiddenCharacters: 'validation.hiddenCharacters',
  needsLetter: 'validation.needsLetter',
  date: 'validation.date',
  future: 'validation.future',
  year: 'validation.year',
  yearMismatch: 'validation.yearMismatch',
  atLeastOne: 'validation.atLeastOne',
  tooMany: 'validation.tooMany',
  repeated: 'validation.repeated',
  standsAlone: 'validation.standsAlone',
  unknownCode: 'validation.unknownCode',
  preferredAmongLanguages: 'validation.preferredAmongLanguages',
  phone: 'validation.phone',
  email: 'validation.email',
  curp: 'validation.curp',
  rfc: 'validation.rfc',
  nss: 'validation.nss',
  passport: 'validation.passport',
  otherId: 'validation.otherId',
  onePerPerson: 'validation.onePerPerson',
  cardExpiryRequired: 'validation.cardExpiryRequired',
  amount: 'validation.amount',
  currency: 'validation.currency',
  wholeNumber: 'validation.wholeNumber',
  range: 'validation.range',
  number: 'validation.number',
  sectorForWorker: 'validation.sectorForWorker',
  notAlone: 'validation.notAlone',
  schoolAge: 'validation.schoolAge',
  childLabourContradiction: 'validation.childLabourContradiction',
  separatedContradiction: 'validation.separatedContradiction',
  controlledByNeedsMethod: 'validation.controlledByNeedsMethod',
  storeDataConsent: 'validation.storeDataConsent',
} as const;
export type MessageKey = (typeof MESSAGES)[keyof typeof MESSAGES];

/** A message for one field: a key of the intake namespace and its ICU values. */
export interface FieldProblem {
  key: MessageKey;
  values?: Record<string, string | number>;
}
export type FieldProblems = Record<string, FieldProblem>;

export interface ValidationContext {
  /** `YYYY-MM-DD` in the centre's time zone: a birth after it is in the future. */
  today: string;
  /** The centre's own questions (null while not loaded: nothing to check yet). */
  form: IntakeForm | null;
}

const problem = (key: MessageKey, values?: Record<string, string | number>): FieldProblem => (values ? { key, values } : { key });

// As the API's schemas define them (@corredor/contracts personNameSchema, the interview's lineOfText).
const NAME_HIDDEN = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2028\u2029\u2800\uFFFC]/u;
const TEXT_HIDDEN = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
const LETTER = /\p{L}/u;
const DAY = /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))$/;
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const PHONE = /^\+[1-9]\d{7,14}$/;
const AMOUNT = /^\d{1,12}(?:\.\d{1,2})?$/;
const CURRENCY = /^[A-Z]{3}$/;
const LANGUAGE_CODE = /^[a-z]{2,3}$/;

const MONTH = '(?:0[1-9]|1[0-2])';
const DATE = `\\d{2}${MONTH}(?:0[1-9]|[12]\\d|3[01])`;
const CURP_STATES = 'AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE';
const DOCUMENT_RULES: Record<DocumentType, { pattern: RegExp; message: MessageKey; dropHyphens: boolean }> = {
  CURP: { pattern: new RegExp(`^[A-Z][AEIOUX][A-Z]{2}${DATE}[HMX](?:${CURP_STATES})[B-DF-HJ-NP-TV-Z]{3}[A-Z\\d]\\d$`), message: MESSAGES.curp, dropHyphens: true },
  RFC: { pattern: new RegExp(`^[A-ZÑ&]{3,4}${DATE}[A-Z\\d]{2}[A\\d]$`), message: MESSAGES.rfc, dropHyphens: true },
  NSS: { pattern: /^\d{11}$/, message: MESSAGES.nss, dropHyphens: true },
  passport: { pattern: /^[A-Z0-9]{5,20}$/, message: MESSAGES.passport, dropHyphens: false },
  'other-id': { pattern: /^[A-Z0-9][A-Z0-9/-]{0,29}$/, message: MESSAGES.otherId, dropHyphens: false },
};
const ONE_PER_PERSON: readonly DocumentType[] = ['CURP', 'RFC', 'NSS'];

/** A name or alias as the API checks it; null when it is fine. */
export function nameProblem(value: string): FieldProblem | null {
  const name = value.normalize('NFC').trim();
  if (name.length > 120) return problem(MESSAGES.tooLong, { max: 120 });
  if (NAME_HIDDEN.test(name)) return problem(MESSAGES.hiddenCharacters);
  if (!LETTER.test(name)) return problem(MESSAGES.needsLetter);
  return null;
}

/** One line of free text (an employer, a description) as the API checks it. */
export function lineProblem(value: string, max: number): FieldProblem | null {
  const text = value.normalize('NFC').trim();
  if (text.length === 0) return problem(MESSAGES.required);
  if (text.length > max) return problem(MESSAGES.tooLong, { max });
  if (TEXT_HIDDEN.test(text)) return problem(MESSAGES.hiddenCharacters);
  return null;
}

export const isCalendarDay = (value: string): boolean => DAY.test(value);

/** A phone number as the API stores it: "+" and its digits. */
export function normalisedPhone(value: string): string {
  return value.trim().replace(/[\s().-]/g, '').replace(/^00/, '+');
}

/** The contact value as the API will store it (to spot repeats as the API does). */
export function normalisedContact(channel: ContactChannel, value: string): string {
  if (channel !== 'email') return normalisedPhone(value);
  const trimmed = value.trim();
  const at = trimmed.lastIndexOf('@');
  return at < 0 ? trimmed : `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
}

export function contactProblem(channel: ContactChannel, value: string): FieldProblem | null {
  if (value.length > (channel === 'email' ? 254 : 32)) return problem(channel === 'email' ? MESSAGES.email : MESSAGES.phone);
  const stored = normalisedContact(channel, value);
  if (channel === 'email') return EMAIL.test(stored) ? null : problem(MESSAGES.email);
  return PHONE.test(stored) ? null : problem(MESSAGES.phone);
}

/** A document number as the API stores it: upper case, no spaces (no hyphens for CURP, RFC, NSS). */
export function normalisedDocumentNumber(type: DocumentType, number: string): string {
  const upper = number.normalize('NFC').toUpperCase();
  return DOCUMENT_RULES[type].dropHyphens ? upper.replace(/[\s-]/g, '') : upper.replace(/\s/g, '');
}

export function documentNumberProblem(type: DocumentType, number: string): FieldProblem | null {
  const rule = DOCUMENT_RULES[type];
  if (number.length > 40) return problem(rule.message);
  return rule.pattern.test(normalisedDocumentNumber(type, number)) ? null : problem(rule.message);
}

/** A whole number typed in a box, or null when it is not one. */
export function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

function checkWholeNumber(errors: FieldProblems, path: string, text: string, min: number, max: number, required: boolean): void {
  if (text.trim() === '') {
    if (required) errors[path] = problem(MESSAGES.required);
    return;
  }
  const value = wholeNumber(text);
  if (value === null) errors[path] = problem(MESSAGES.wholeNumber);
  else if (value < min || value > max) errors[path] = problem(MESSAGES.range, { min, max });
}

function checkRepeats(errors: FieldProblems, path: string, keys: readonly string[]): void {
  const seen = new Set<string>();
  keys.forEach((key, index) => {
    if (key !== '' && seen.has(key)) errors[`${path}.${index}`] ??= problem(MESSAGES.repeated);
    seen.add(key);
  });
}

/** The year of birth the details give (from the date when there is one), or null. */
export function yearOfBirthOf(person: Pick<PersonDraft, 'dateOfBirth' | 'yearOfBirth'>): number | null {
  if (isCalendarDay(person.dateOfBirth.trim())) return Number(person.dateOfBirth.trim().slice(0, 4));
  const year = wholeNumber(person.yearOfBirth);
  return year !== null && year >= 1900 && year <= 2100 ? year : null;
}

function checkPerson(errors: FieldProblems, person: PersonDraft, today: string): void {
  const at = 'person';
  for (const field of ['name', 'alias'] as const) {
    if (person[field].trim() === '') continue;
    const wrong = nameProblem(person[field]);
    if (wrong) errors[`${at}.${field}`] = wrong;
  }
  if (person.name.trim() === '' && person.alias.trim() === '') errors[`${at}.alias`] = problem(MESSAGES.nameOrAlias);

  const dateOfBirth = person.dateOfBirth.trim();
  if (dateOfBirth !== '') {
    if (!isCalendarDay(dateOfBirth)) errors[`${at}.dateOfBirth`] = problem(MESSAGES.date);
    else if (dateOfBirth > today) errors[`${at}.dateOfBirth`] = problem(MESSAGES.future);
  }
  if (person.yearOfBirth.trim() !== '') {
    const year = wholeNumber(person.yearOfBirth);
    if (year === null || year < 1900 || year > 2100) errors[`${at}.yearOfBirth`] = problem(MESSAGES.year);
    else if (year > Number(today.slice(0, 4))) errors[`${at}.yearOfBirth`] = problem(MESSAGES.future);
    else if (isCalendarDay(dateOfBirth) && Number(dateOfBirth.slice(0, 4)) !== year) errors[`${at}.yearOfBirth`] = problem(MESSAGES.yearMismatch);
  }

  if (person.sex === '') errors[`${at}.sex`] = problem(MESSAGES.required);
  if (person.genderIdentity === 'self-described') {
    const wrong = lineProblem(person.genderSelfDescribed, 60);
    if (wrong) errors[`${at}.genderSelfDescribed`] = wrong;
  }

  // A row left on "Choose…" is not a nationality: it is dropped from the body, and asked for only when it is the only one.
  const nationalities = person.nationalities;
  const chosenCount = nationalities.filter((code) => code !== '').length;
  if (chosenCount === 0) errors[`${at}.nationalities`] = problem(MESSAGES.atLeastOne);
  if (chosenCount > 5) errors[`${at}.nationalities`] = problem(MESSAGES.tooMany, { max: 5 });
  nationalities.forEach((code, index) => {
    const special = code === NATIONALITY_UNKNOWN || code === NATIONALITY_STATELESS;
    if (code === '') return;
    if (!special && !isCountryCode(code)) errors[`${at}.nationalities.${index}`] = problem(MESSAGES.unknownCode);
    else if (special && chosenCount > 1) errors[`${at}.nationalities.${index}`] = problem(MESSAGES.standsAlone);
  });
  checkRepeats(errors, `${at}.nationalities`, nationalities);

  const languages = person.languages;
  if (languages.length === 0) errors[`${at}.languages`] = problem(MESSAGES.atLeastOne);
  if (languages.length > 10) errors[`${at}.languages`] = problem(MESSAGES.tooMany, { max: 10 });
  languages.forEach((code, index) => {
    if (!LANGUAGE_CODE.test(code)) errors[`${at}.languages.${index}`] = problem(MESSAGES.unknownCode);
  });
  checkRepeats(errors, `${at}.languages`, languages);
  if (person.preferredLanguage === '') errors[`${at}.preferredLanguage`] = problem(MESSAGES.required);
  else if (!languages.includes(person.preferredLanguage)) errors[`${at}.preferredLanguage`] = problem(MESSAGES.preferredAmongLanguages);

  if (person.needsInterpreter === '') errors[`${at}.needsInterpreter`] = problem(MESSAGES.required);
  checkContacts(errors, person.contactChannels);
}

function checkContacts(errors: FieldProblems, contacts: readonly ContactDraft[]): void {
  const at = 'person.contactChannels';
  const listed = contacts.filter((contact) => contact.channel !== '' || contact.value.trim() !== '');
  if (listed.length > 5) errors[at] = problem(MESSAGES.tooMany, { max: 5 });
  const keys = contacts.map((contact, index) => {
    if (contact.channel === '' && contact.value.trim() === '') return '';
    if (contact.channel === '') {
      errors[`${at}.${index}.channel`] = problem(MESSAGES.required);
      return '';
    }
    if (contact.value.trim() === '') {
      errors[`${at}.${index}.value`] = problem(MESSAGES.required);
      return '';
    }
    const wrong = contactProblem(contact.channel, contact.value);
    if (wrong) errors[`${at}.${index}.value`] = wrong;
    return `${contact.channel}:${normalisedContact(contact.channel, contact.value)}`;
  });
  checkRepeats(errors, at, keys);
}

function checkDocuments(errors: FieldProblems, documents: readonly DocumentDraft[]): void {
  const at = 'person.identityDocuments';
  const listed = documents.filter((document) => document.type !== '' || document.number.trim() !== '');
  if (listed.length > 6) errors[at] = problem(MESSAGES.tooMany, { max: 6 });
  const first = new Map<DocumentType, string>();
  const keys = documents.map((document, index) => {
    if (document.type === '' && document.number.trim() === '') return '';
    if (document.type === '') {
      errors[`${at}.${index}.type`] = problem(MESSAGES.required);
      return '';
    }
    const type = document.type;
    if (document.number.trim() === '') errors[`${at}.${index}.number`] = problem(MESSAGES.required);
    else {
      const wrong = documentNumberProblem(type, document.number);
      if (wrong) errors[`${at}.${index}.number`] = wrong;
    }
    if (type === 'passport' && document.issuingCountry === '') errors[`${at}.${index}.issuingCountry`] = problem(MESSAGES.required);
    if (document.issuingCountry !== '' && !isCountryCode(document.issuingCountry)) errors[`${at}.${index}.issuingCountry`] = problem(MESSAGES.unknownCode);
    if (type === 'other-id' && document.description.trim() !== '') {
      const wrong = lineProblem(document.description, 60);
      if (wrong) errors[`${at}.${index}.description`] = wrong;
    }
    const number = normalisedDocumentNumber(type, document.number);
    const held = first.get(type);
    if (ONE_PER_PERSON.includes(type) && held !== undefined && held !== number) errors[`${at}.${index}.type`] = problem(MESSAGES.onePerPerson, { type });
    if (held === undefined) first.set(type, number);
    return `${type}:${number}`;
  });
  checkRepeats(errors, at, keys);
}

function checkDay(errors: FieldProblems, path: string, value: string, required: boolean): void {
  const day = value.trim();
  if (day === '') {
    if (required) errors[path] = problem(MESSAGES.required);
  } else if (!isCalendarDay(day)) errors[path] = problem(MESSAGES.date);
}

function checkInterview(errors: FieldProblems, draft: IntakeDraft): void {
  const { situation, work, household, screens } = draft;
  const at = 'interview';
  if (situation.status === '') errors[`${at}.migratorySituation.status`] = problem(MESSAGES.required);
  else {
    if (CARD_STATUSES.includes(situation.status)) {
      if (EXPIRING_CARD_STATUSES.includes(situation.status) && situation.cardExpiresOn.trim() === '') {
        errors[`${at}.migratorySituation.cardExpiresOn`] = problem(MESSAGES.cardExpiryRequired);
      } else checkDay(errors, `${at}.migratorySituation.cardExpiresOn`, situation.cardExpiresOn, false);
    }
    if (situation.status === 'asylum-seeker') checkDay(errors, `${at}.migratorySituation.nextSigningOn`, situation.nextSigningOn, false);
    if (situation.status === 'waiting-us-asylum-hearing') checkDay(errors, `${at}.migratorySituation.usHearingOn`, situation.usHearingOn, false);
  }

  if (work.sector === '') errors[`${at}.work.sector`] = problem(MESSAGES.required);
  if (work.employmentStatus === '') errors[`${at}.work.employmentStatus`] = problem(MESSAGES.required);
  if (work.sector === 'none' && work.employmentStatus !== '' && WORKING_STATUSES.includes(work.employmentStatus)) {
    errors[`${at}.work.sector`] = problem(MESSAGES.sectorForWorker);
  }
  if (work.employerName.trim() !== '') {
    const wrong = lineProblem(work.employerName, 200);
    if (wrong) errors[`${at}.work.employerName`] = wrong;
  }
  if (work.hasContract === '') errors[`${at}.work.hasContract`] = problem(MESSAGES.required);
  if (work.wageAmount.trim() !== '') {
    if (!AMOUNT.test(work.wageAmount.trim())) errors[`${at}.work.wage.amount`] = problem(MESSAGES.amount);
    if (!CURRENCY.test(work.wageCurrency)) errors[`${at}.work.wage.currency`] = problem(MESSAGES.currency);
    if (work.wagePeriod === '') errors[`${at}.work.wage.period`] = problem(MESSAGES.required);
  }
  checkWholeNumber(errors, `${at}.work.hoursPerWeek`, work.hoursPerWeek, 0, 168, false);

  if (household.travelsWith === '') errors[`${at}.household.travelsWith`] = problem(MESSAGES.required);
  checkWholeNumber(errors, `${at}.household.adults`, household.adults, 0, 20, true);
  if (household.children.length > 15) errors[`${at}.household.children`] = problem(MESSAGES.tooMany, { max: 15 });
  const adults = wholeNumber(household.adults);
  if (household.travelsWith === 'alone' && ((adults ?? 0) > 0 || household.children.length > 0)) errors[`${at}.household.travelsWith`] = problem(MESSAGES.notAlone);
  household.children.forEach((child, index) => {
    const path = `${at}.household.children.${index}`;
    checkWholeNumber(errors, `${path}.age`, child.age, 0, 17, true);
    const age = wholeNumber(child.age);
    if (child.schooling === '') errors[`${path}.schooling`] = problem(MESSAGES.required);
    else if (child.schooling === 'not-school-age' && age !== null && age >= SCHOOL_AGE.from && age <= SCHOOL_AGE.to) {
      errors[`${path}.schooling`] = problem(MESSAGES.schoolAge, SCHOOL_AGE);
    }
  });

  const screenPaths = [
    ['childProtection', screens.childProtection],
    ['genderBasedViolence', screens.genderBasedViolence],
    ['urgentBasicNeeds', screens.urgentBasicNeeds],
    ['traffickingForcedLabour', { debtToRecruiter: screens.traffickingForcedLabour.debtToRecruiter, unpaidWork: screens.traffickingForcedLabour.unpaidWork }],
  ] as const;
  for (const [screen, answers] of screenPaths) {
    for (const [question, answer] of Object.entries(answers)) {
      if (answer === '') errors[`${at}.screens.${screen}.${question}`] = problem(MESSAGES.required);
    }
  }
  const trafficking = screens.traffickingForcedLabour;
  if (trafficking.controlledBy.length > 0 && trafficking.methodsOfControl.length === 0) {
    errors[`${at}.screens.traffickingForcedLabour.controlledBy`] = problem(MESSAGES.controlledByNeedsMethod);
  }
  const children = household.children.map((child) => ({ age: wholeNumber(child.age), works: child.works, separated: child.separated }));
  if (screens.childProtection.childLabour === 'no' && children.some((child) => child.works && child.age !== null && child.age < MINIMUM_WORKING_AGE)) {
    errors[`${at}.screens.childProtection.childLabour`] = problem(MESSAGES.childLabourContradiction, { age: MINIMUM_WORKING_AGE });
  }
  if (screens.childProtection.unaccompaniedOrSeparated === 'no' && children.some((child) => child.separated)) {
    errors[`${at}.screens.childProtection.unaccompaniedOrSeparated`] = problem(MESSAGES.separatedContradiction);
  }
}

function checkConsents(errors: FieldProblems, draft: IntakeDraft): void {
  if (!draft.consents.storeData) errors['consents.storeData'] = problem(MESSAGES.storeDataConsent);
}

const emptyAnswer = (value: QuestionAnswer | undefined): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

function checkAnswers(errors: FieldProblems, answers: IntakeDraft['answers'], form: IntakeForm | null): void {
  for (const question of form?.questions ?? []) {
    const path = `answers.values.${question.id}`;
    const value = answers[question.id];
    if (emptyAnswer(value)) {
      if (question.required) errors[path] = problem(MESSAGES.required);
      continue;
    }
    if (question.type === 'text' && typeof value === 'string') {
      const wrong = lineProblem(value, 500);
      if (wrong) errors[path] = wrong;
    }
    if (question.type === 'number' && (typeof value !== 'string' || !Number.isFinite(Number(value.trim().replace(',', '.'))))) errors[path] = problem(MESSAGES.number);
    if (question.type === 'date' && (typeof value !== 'string' || !isCalendarDay(value.trim()))) errors[path] = problem(MESSAGES.date);
  }
}

/** Whether the person's details are sent: a new person's, or a returning person's corrections. */
export function sendsPersonDetails(draft: IntakeDraft): boolean {
  const choice = draft.match?.choice;
  return choice === undefined || choice.kind === 'new' || choice.updateDetails;
}

/** Every problem with the draft, keyed by the API's field path. Pure. */
export function validateDraft(draft: IntakeDraft, context: ValidationContext): FieldProblems {
  const errors: FieldProblems = {};
  if (sendsPersonDetails(draft)) {
    checkPerson(errors, draft.person, context.today);
    checkDocuments(errors, draft.documents);
  }
  checkInterview(errors, draft);
  checkConsents(errors, draft);
  checkAnswers(errors, draft.answers, context.form);
  return errors;
}
