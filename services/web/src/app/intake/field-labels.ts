import { CHILD_PROTECTION_LABELS, GBV_LABELS, TRAFFICKING_LABELS, URGENT_NEEDS_LABELS } from './intake-option-keys';

/**
 * The label of the control a field path belongs to, for the error summary ("Year of birth: ...").
 * Positions in lists are written `#` and shown as "(2)". A path not listed here (a problem with a
 * whole part of the body) is named by its step alone.
 */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  'person.name': 'person.name',
  'person.alias': 'person.alias',
  'person.dateOfBirth': 'person.dateOfBirth',
  'person.yearOfBirth': 'person.yearOfBirth',
  'person.sex': 'person.sex',
  'person.genderIdentity': 'person.genderIdentity',
  'person.genderSelfDescribed': 'person.genderSelfDescribed',
  'person.nationalities': 'person.nationalities',
  'person.nationalities.#': 'person.nationalities',
  'person.languages': 'person.languages',
  'person.languages.#': 'person.languages',
  'person.preferredLanguage': 'person.preferredLanguage',
  'person.needsInterpreter': 'person.needsInterpreter',
  'person.contactChannels': 'person.contactChannels',
  'person.contactChannels.#': 'person.contactChannels',
  'person.contactChannels.#.channel': 'person.contactChannels',
  'person.contactChannels.#.value': 'person.contactChannels',
  'person.existingPersonId': 'matches.question',
  'person.caseAction': 'matches.caseAction',
  'person.identityDocuments': 'steps.documents',
  'person.identityDocuments.#': 'documents.type',
  'person.identityDocuments.#.type': 'documents.type',
  'person.identityDocuments.#.number': 'documents.number',
  'person.identityDocuments.#.issuingCountry': 'documents.issuingCountry',
  'person.identityDocuments.#.description': 'documents.description',
  'interview.migratorySituation.status': 'situation.status',
  'interview.migratorySituation.cardExpiresOn': 'situation.cardExpiresOn',
  'interview.migratorySituation.nextSigningOn': 'situation.nextSigningOn',
  'interview.migratorySituation.signingFrequency': 'situation.signingFrequency',
  'interview.migratorySituation.usHearingOn': 'situation.usHearingOn',
  'interview.work.sector': 'work.sector',
  'interview.work.employerName': 'work.employerName',
  'interview.work.employmentStatus': 'work.employmentStatus',
  'interview.work.hasContract': 'work.hasContract',
  'interview.work.wage': 'work.wage',
  'interview.work.wage.amount': 'work.wageAmount',
  'interview.work.wage.currency': 'work.wageCurrency',
  'interview.work.wage.period': 'work.wagePeriod',
  'interview.work.hoursPerWeek': 'work.hoursPerWeek',
  'interview.household.travelsWith': 'household.travelsWith',
  'interview.household.adults': 'household.adults',
  'interview.household.children': 'household.children',
  'interview.household.children.#': 'household.children',
  'interview.household.children.#.age': 'household.childAge',
  'interview.household.children.#.schooling': 'household.schooling',
  'interview.needs': 'household.needs',
  'interview.needs.#': 'household.needs',
  'interview.screens.traffickingForcedLabour.methodsOfControl': 'screens.methodsOfControl',
  'interview.screens.traffickingForcedLabour.methodsOfControl.#': 'screens.methodsOfControl',
  'interview.screens.traffickingForcedLabour.controlledBy': 'screens.controlledBy',
  'interview.screens.traffickingForcedLabour.controlledBy.#': 'screens.controlledBy',
  'consents.storeData': 'consent.store-data',
  consents: 'steps.consents',
  ...prefixed('interview.screens.childProtection', CHILD_PROTECTION_LABELS),
  ...prefixed('interview.screens.genderBasedViolence', GBV_LABELS),
  ...prefixed('interview.screens.traffickingForcedLabour', TRAFFICKING_LABELS),
  ...prefixed('interview.screens.urgentBasicNeeds', URGENT_NEEDS_LABELS),
};

function prefixed(prefix: string, labels: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).map(([field, key]) => [`${prefix}.${field}`, key]));
}

/** The label key of a field path and the (1-based) position of its item in a list, if any. */
export function fieldLabelOf(path: string): { key: string; position: number | null } | null {
  const positions: number[] = [];
  const pattern = path.replace(/\.(\d+)(?=\.|$)/g, (_match, index: string) => {
    positions.push(Number(index) + 1);
    return '.#';
  });
  const key = FIELD_LABELS[pattern];
  return key === undefined ? null : { key, position: positions[0] ?? null };
}
