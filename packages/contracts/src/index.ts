export * from './topics';
export * from './identifiers';
export * from './profile';
export * from './languages';
export * from './centre';
export * from './partners';
export * from './envelope';
export * from './event-definition';
export * from './event-registry';
export * from './catalog';
export { intakeSubmittedV1 } from './events/intake-submitted.v1';
export { caseOpenedV1 } from './events/case-opened.v1';
export { caseClosedV1, CASE_OUTCOMES, caseOutcomeSchema, type CaseOutcome } from './events/case-closed.v1';
export {
  CENTRE_EVENTS,
  centreArchivedV1,
  centreProvisionedV1,
  centreReactivatedV1,
  centreSuspendedV1,
  centreUpdatedV1,
} from './events/centre-events.v1';
export * from './errors';
