import type { TypedHandler } from '@corredor/messaging';
import { toLiveProjection, type LiveProjection } from './live-projection';
import { FACT_RECORDERS } from './record-fact';

/**
 * Every case event reporting counts from (openings, status changes, closures, returning intakes,
 * services, labour-claim steps, risk flags), in one group: keyed by case, they arrive in order.
 */
export const config = { group: 'reporting.case-facts', events: FACT_RECORDERS.caseEvents.map((recorder) => recorder.event) } as const;

export const handlers = (deps: { projections: LiveProjection }): TypedHandler[] => toLiveProjection(deps.projections, config.events);
