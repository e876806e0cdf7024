import type { EventDefinition } from './event-definition';
import { EventRegistry, type Upcaster } from './event-registry';
import { caseClosedV1 } from './events/case-closed.v1';
import { caseOpenedV1 } from './events/case-opened.v1';
import { CENTRE_EVENTS } from './events/centre-events.v1';
import { intakeSubmittedV1 } from './events/intake-submitted.v1';

/** Every event version the platform knows. Add a new version here together with its upcaster. */
export const EVENT_DEFINITIONS: readonly EventDefinition[] = [intakeSubmittedV1, caseOpenedV1, caseClosedV1, ...CENTRE_EVENTS];
export const UPCASTERS: readonly Upcaster[] = [];

export const eventRegistry = new EventRegistry(EVENT_DEFINITIONS, UPCASTERS);
