import { casePolicy } from '../case-policy';
import { boundFor } from '../timeline/timeline.domain';
import type { TimelineEntry, TimelineSource } from '../timeline/timeline-source';
import type { ClaimStep } from './labour-claim.domain';
import type { LabourClaimRepository } from './labour-claim.repository';

const PREFIX = 'labour-claim:';

function entry(step: ClaimStep): TimelineEntry {
  const { kind, ...change } = step.change;
  return { id: `${PREFIX}${step.id}`, kind: 'labour-claim', at: step.at, by: step.by, detail: { claimId: step.claimId, step: kind, ...change } };
}

/** Labour-justice steps on the timeline: a claim recorded, its status, amounts, key dates and hearings as they change. */
export function labourClaimTimeline(claims: LabourClaimRepository): TimelineSource {
  return {
    async entries(query) {
      if (!casePolicy.allows(query.viewer.roles, 'claim.read')) return [];
      const steps = await claims.stepsBefore(query.tenant, query.caseId, boundFor(PREFIX, query.before), query.limit);
      return steps.map(entry);
    },
  };
}
