import type { Case } from './case.domain';

export function caseView(kase: Case) {
  return {
    id: kase.id,
    intakeId: kase.intakeId,
    alias: kase.alias,
    profile: kase.profile,
    status: kase.status,
    openedAt: kase.openedAt.toISOString(),
    closedAt: kase.closedAt?.toISOString() ?? null,
    outcome: kase.outcome,
    version: kase.version,
  };
}
