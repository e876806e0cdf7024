/**
 * The services' refusals the administration screens can meet, each with its message in the admin
 * namespace (`codes.*`). Codes not listed fall back to the common message, which shows the code.
 */
export const ERROR_CODES = {
  'STAFF.LAST_COORDINATOR': 'codes.staffLastCoordinator',
  'STAFF.EMAIL_TAKEN': 'codes.staffEmailTaken',
  'STAFF.NOT_FOUND': 'codes.staffNotFound',
  'STAFF.CHANGED_CONCURRENTLY': 'codes.staffChangedConcurrently',
  'STAFF.NOT_DEACTIVATED': 'codes.staffNotDeactivated',
  'STAFF.ALREADY_ACTIVE': 'codes.staffAlreadyActive',
  'STAFF.ALREADY_DEACTIVATED': 'codes.staffAlreadyDeactivated',
  'STAFF.ACCOUNT_DEACTIVATED': 'codes.staffAccountDeactivated',
  'STAFF.CENTRE_HAS_COORDINATOR': 'codes.staffCentreHasCoordinator',
  'STAFF.NO_PENDING_COORDINATOR': 'codes.staffNoPendingCoordinator',
  'CENTRE.NOT_ACTIVE': 'codes.centreNotActive',
  'CENTRE.NOT_FOUND': 'codes.centreNotFound',
  'CENTRE.NOT_SUSPENDED': 'codes.centreNotSuspended',
  'CENTRE.ALREADY_SUSPENDED': 'codes.centreAlreadySuspended',
  'CENTRE.ARCHIVED': 'codes.centreArchived',
  'CENTRE.ALREADY_ARCHIVED': 'codes.centreAlreadyArchived',
  'CENTRE.CHANGED_CONCURRENTLY': 'codes.centreChangedConcurrently',
  'INTAKE.FORM_VERSION_CONFLICT': 'codes.formVersionConflict',
  'INTAKE.FORM_DUPLICATE_QUESTION': 'codes.formDuplicateQuestion',
  'INTAKE.FORM_QUESTION_TYPE_CHANGED': 'codes.formQuestionTypeChanged',
  'INTAKE.FORM_LABEL_MISSING': 'codes.formLabelMissing',
  'INTAKE.FORM_LANGUAGE_NOT_SERVED': 'codes.formLanguageNotServed',
  'INTAKE.FORM_OPTIONS_REQUIRED': 'codes.formOptionsRequired',
  'INTAKE.FORM_OPTIONS_NOT_ALLOWED': 'codes.formOptionsNotAllowed',
  'INTAKE.FORM_DUPLICATE_OPTION': 'codes.formDuplicateOption',
  'REPORTING.AGREEMENT_ACTIVE': 'codes.agreementActive',
  'REPORTING.AGREEMENT_REVOKED': 'codes.agreementRevoked',
  'REPORTING.AGREEMENT_NOT_FOUND': 'codes.agreementNotFound',
  'REPORTING.UNKNOWN_INDICATOR': 'codes.unknownIndicator',
  'REPORTING.DIMENSION_NOT_SHAREABLE': 'codes.dimensionNotShareable',
  'REPORTING.NOT_A_MEMBER': 'codes.notAMember',
  'REPORTING.BREAKDOWNS_DISCLOSIVE': 'codes.breakdownsDisclosive',
  'REPORTING.TERMS_DIFFER': 'codes.termsDiffer',
  'AUDIT.UNAVAILABLE': 'codes.auditUnavailable',
} as const;

export type ErrorCodeKey = (typeof ERROR_CODES)[keyof typeof ERROR_CODES] | 'codes.validationFailed';

/** The message key for a service's code, or null when the common message should say it. */
export function errorKeyOf(code: string | undefined): ErrorCodeKey | null {
  if (code === undefined) return null;
  if (Object.hasOwn(ERROR_CODES, code)) return ERROR_CODES[code as keyof typeof ERROR_CODES];
  // Every service answers bad input with <SERVICE>.VALIDATION_FAILED and the fields in error.
  if (/^[A-Z]+\.VALIDATION_FAILED$/.test(code)) return 'codes.validationFailed';
  return null;
}
