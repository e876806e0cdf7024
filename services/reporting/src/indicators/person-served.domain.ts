import type { CaseFact } from '../projection/reporting-facts';

/**
 * What a person's cases and intakes say by the period's end, as people-served reads it: their first
 * case, their latest opened by then, and their latest intake by then (a case's opening or a returning
 * intake). Ties go by id, so that they never depend on the order facts were read in.
 */
export class PersonServed {
  latest: CaseFact | undefined;
  intakeAt = Number.NEGATIVE_INFINITY;
  intakeId = '';
  intakeStatus: string | null = null;
  hasIntake = false;

  constructor(public first: CaseFact) {}

  addCase(kase: CaseFact, periodEnd: number): void {
    const opened = kase.openedAt.getTime();
    const first = this.first.openedAt.getTime();
    if (opened < first || (opened === first && kase.caseId < this.first.caseId)) this.first = kase;
    if (opened >= periodEnd) return;
    const latest = this.latest?.openedAt.getTime();
    if (!this.latest || latest === undefined || opened > latest || (opened === latest && kase.caseId > this.latest.caseId)) this.latest = kase;
    this.addIntake(opened, kase.caseId, kase.migratoryStatus);
  }

  addIntake(at: number, id: string, status: string | null): void {
    if (!this.hasIntake || at > this.intakeAt || (at === this.intakeAt && id > this.intakeId)) {
      this.hasIntake = true;
      this.intakeAt = at;
      this.intakeId = id;
      this.intakeStatus = status;
    }
  }
}
