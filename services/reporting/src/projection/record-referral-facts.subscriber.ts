import type { TypedHandler } from '@corredor/messaging';
import { toLiveProjection, type LiveProjection } from './live-projection';
import { FACT_RECORDERS } from './record-fact';

/**
 * Referrals made and what came of them, from the referral topic (keyed by case). They may reach
 * reporting before or after the case's opening: a referral counts only once its case does.
 */
export const config = { group: 'reporting.referral-facts', events: FACT_RECORDERS.referralEvents.map((recorder) => recorder.event) } as const;

export const handlers = (deps: { projections: LiveProjection }): TypedHandler[] => toLiveProjection(deps.projections, config.events);
