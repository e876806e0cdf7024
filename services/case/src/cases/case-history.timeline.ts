import type { TimelineEntry, TimelineSource } from '../timeline/timeline-source';
import type { CaseRepository } from './case.repository';

/** The case's status changes, assignments and statistics-consent changes, for its timeline. Every member of the centre's staff may see them. */
export function caseHistoryTimeline(cases: Pick<CaseRepository, 'history'>): TimelineSource {
  return {
    async entries({ tenant, caseId, before, limit }) {
      const entries = await cases.history(tenant, caseId, { before, limit });
      return entries.map((entry): TimelineEntry => ({ id: entry.id, kind: entry.kind, at: entry.at, by: entry.by, detail: { ...entry.detail } }));
    },
  };
}
