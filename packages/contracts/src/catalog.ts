import type { EventDefinition } from './event-definition';
import { EventRegistry, type Upcaster } from './event-registry';
import { caseClosedV1 } from './events/case-closed.v1';
import { caseAssignedV1, caseClosureRequestedV1, caseRiskFlaggedV1, caseStatusChangedV1 } from './events/case-lifecycle.v1';
import { caseOpenedV1 } from './events/case-opened.v1';
import { caseOpenedV1ToV2, caseOpenedV2 } from './events/case-opened.v2';
import { caseOpenedV2ToV3, caseOpenedV3 } from './events/case-opened.v3';
import { caseIntakeAttachedV1 } from './events/case-intake-attached.v1';
import { caseTaskDueV1, caseTaskOverdueV1 } from './events/case-task.v1';
import { caseTransferAcceptedV1, caseTransferDeclinedV1, caseTransferRequestedV1 } from './events/case-transfer.v1';
import { caseLabourClaimChangedV1, caseServiceRecordedV1, caseServiceVoidedV1 } from './events/case-work.v1';
import { CENTRE_EVENTS } from './events/centre-events.v1';
import { consentGivenV1, consentWithdrawnV1 } from './events/consent.v1';
import { intakeSubmittedV1 } from './events/intake-submitted.v1';
import { personErasedV1 } from './events/person-erased.v1';
import { intakeSubmittedV1ToV2, intakeSubmittedV2 } from './events/intake-submitted.v2';
import { intakeSubmittedV2ToV3, intakeSubmittedV3 } from './events/intake-submitted.v3';
import { referralMadeV1, referralStatusChangedV1 } from './events/referral-events.v1';
import { REPORT_EVENTS } from './events/report-events.v1';

/** Every event version the platform knows. Add a new version here together with its upcaster. */
export const EVENT_DEFINITIONS: readonly EventDefinition[] = [
  intakeSubmittedV1,
  intakeSubmittedV2,
  intakeSubmittedV3,
  consentGivenV1,
  consentWithdrawnV1,
  personErasedV1,
  caseOpenedV1,
  caseOpenedV2,
  caseOpenedV3,
  caseIntakeAttachedV1,
  caseStatusChangedV1,
  caseAssignedV1,
  caseRiskFlaggedV1,
  caseClosureRequestedV1,
  caseServiceRecordedV1,
  caseServiceVoidedV1,
  caseLabourClaimChangedV1,
  caseTaskDueV1,
  caseTaskOverdueV1,
  caseTransferRequestedV1,
  caseTransferAcceptedV1,
  caseTransferDeclinedV1,
  caseClosedV1,
  referralMadeV1,
  referralStatusChangedV1,
  ...CENTRE_EVENTS,
  ...REPORT_EVENTS,
];
export const UPCASTERS: readonly Upcaster[] = [intakeSubmittedV1ToV2, intakeSubmittedV2ToV3, caseOpenedV1ToV2, caseOpenedV2ToV3];

export const eventRegistry = new EventRegistry(EVENT_DEFINITIONS, UPCASTERS);
