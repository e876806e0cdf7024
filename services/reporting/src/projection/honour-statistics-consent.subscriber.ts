import type { TypedHandler } from '@corredor/messaging';
import { toLiveProjection, type LiveProjection } from './live-projection';
import { FACT_RECORDERS } from './record-fact';

/**
 * A person's decisions, from the consent topic (keyed by person, so they arrive in order): a
 * withdrawn statistics consent keeps every case of theirs opened until then out of every figure,
 * earlier periods included; an erasure keeps every case of theirs out, whatever its date.
 */
export const config = { group: 'reporting.statistics-consents', events: FACT_RECORDERS.consentEvents.map((recorder) => recorder.event) } as const;

export const handlers = (deps: { projections: LiveProjection }): TypedHandler[] => toLiveProjection(deps.projections, config.events);
