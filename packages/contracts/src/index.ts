export * from './topics';
export * from './identifiers';
export * from './profile';
export * from './languages';
export * from './centre';
export * from './partners';
export * from './casework';
export * from './calendar';
export * from './envelope';
export * from './event-definition';
export * from './event-registry';
export * from './catalog';
export { intakeSubmittedV1 } from './events/intake-submitted.v1';
export { intakeSubmittedV2, intakeSubmittedV1ToV2 } from './events/intake-submitted.v2';
export { intakeSubmittedV3, intakeSubmittedV2ToV3 } from './events/intake-submitted.v3';
export { consentGivenV1, consentWithdrawnV1 } from './events/consent.v1';
export { personErasedV1 } from './events/person-erased.v1';
export { caseOpenedV1 } from './events/case-opened.v1';
export { caseOpenedV2, caseOpenedV1ToV2 } from './events/case-opened.v2';
export { caseOpenedV3, caseOpenedV2ToV3 } from './events/case-opened.v3';
export { caseIntakeAttachedV1 } from './events/case-intake-attached.v1';
export { referralMadeV1, referralStatusChangedV1 } from './events/referral-events.v1';
export * from './events/report-events.v1';
export { caseAssignedV1, caseClosureRequestedV1, caseRiskFlaggedV1, caseStatusChangedV1 } from './events/case-lifecycle.v1';
export { caseLabourClaimChangedV1, caseServiceRecordedV1, caseServiceVoidedV1 } from './events/case-work.v1';
export { caseTaskDueV1, caseTaskOverdueV1 } from './events/case-task.v1';
export { caseTransferAcceptedV1, caseTransferDeclinedV1, caseTransferRequestedV1 } from './events/case-transfer.v1';
export { caseClosedV1, CASE_OUTCOMES, caseOutcomeSchema, type CaseOutcome } from './events/case-closed.v1';
export {
  CENTRE_EVENTS,
  centreArchivedV1,
  centreDataKeyDestroyedV1,
  centreDataKeyIssuedV1,
  centreProvisionedV1,
  centreReactivatedV1,
  centreSuspendedV1,
  centreUpdatedV1,
} from './events/centre-events.v1';
export * from './errors';
export * from './access/access-matrix';
