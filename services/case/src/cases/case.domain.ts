import { ageBandOf, DomainError, type AgeBand, type CaseOutcome, type Sex } from '@corredor/contracts';

export type CaseStatus = 'open' | 'closed';

/** A case follows one person from intake to closure. The alias is for the centre's staff only. */
export interface Case {
  id: string;
  tenant: string;
  intakeId: string;
  alias: string;
  profile: { sex: Sex; ageBand: AgeBand; nationality: string; languages: string[] };
  status: CaseStatus;
  openedAt: Date;
  closedAt: Date | null;
  outcome: CaseOutcome | null;
  version: number;
}

export interface IntakeFacts {
  intakeId: string;
  alias: string;
  sex: Sex;
  yearOfBirth: number | null;
  nationality: string;
  languages: string[];
}

/** Every intake opens a case. The age band is fixed at opening, from the year of birth. */
export function openCase(intake: IntakeFacts, context: { caseId: string; tenant: string; now: Date }): Case {
  return {
    id: context.caseId,
    tenant: context.tenant,
    intakeId: intake.intakeId,
    alias: intake.alias,
    profile: {
      sex: intake.sex,
      ageBand: ageBandOf(intake.yearOfBirth, context.now),
      nationality: intake.nationality,
      languages: intake.languages,
    },
    status: 'open',
    openedAt: context.now,
    closedAt: null,
    outcome: null,
    version: 1,
  };
}

export function closeCase(current: Case, command: { outcome: CaseOutcome }, now: Date): Case {
  if (current.status === 'closed') {
    throw new DomainError('CASE.ALREADY_CLOSED', 'conflict', 'This case is already closed.');
  }
  return { ...current, status: 'closed', closedAt: now, outcome: command.outcome };
}
