export { contactChannelEntrySchema, contactChannelsSchema, emailAddressSchema, phoneNumberSchema, type ContactChannelEntry } from './contact-channels.schema';
export { IDENTITY_DOCUMENT_TYPES, identityDocumentSchema, identityDocumentsSchema, type IdentityDocument, type IdentityDocumentType } from './identity-documents.schema';
export {
  CARD_STATUSES,
  EMPLOYMENT_STATUSES,
  EXPIRING_CARD_STATUSES,
  interviewSchema,
  MINIMUM_WORKING_AGE,
  NEEDS,
  PAY_PERIODS,
  SCHOOL_AGE,
  SCHOOLING,
  SIGNING_FREQUENCIES,
  TRAVELS_WITH,
  WORK_SECTORS,
  type Child,
  type Interview,
  type InterviewInput,
} from './interview.schema';
export { GENDER_IDENTITIES, personDetailsDateErrors, personDetailsSchema, yearOfBirthOf, type GenderIdentity, type PersonDetails, type PersonDetailsInput } from './person-details.schema';
export { assessRisk, CONTROL_METHOD_FLAGS, priorityOf, RISK_RULES, type AssessedFlag, type RiskInput, type RiskRule } from './risk-rules.domain';
export { CONTROLLERS, screensSchema, TRAFFICKING_CONTROL_METHODS, type Controller, type Screens, type TraffickingControlMethod } from './screens.schema';
export { calendarDaySchema, lineOfText, SCREEN_ANSWERS, screenAnswerSchema, type ScreenAnswer } from './text.schema';
