import type { CasePriority, ConsentScope } from '@corredor/contracts';
import type { StoredAnswers } from '../forms';
import type { AssessedFlag, Interview } from '../interview';

/** For a returning person, staff choose to reopen their last case or open a new one; a first intake opens one. */
export const CASE_ACTIONS = ['open-new', 'reopen-last'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/**
 * One interview of one person at a centre (the tenant): what was asked and answered, the risk
 * flags it raised with their reasons, and the consents given at it. Who the person is lives on the
 * person record (personId), so a correction there is not copied into every interview.
 */
export interface Intake {
  id: string;
  tenant: string;
  personId: string;
  /** The person had been served here before. */
  returning: boolean;
  caseAction: CaseAction;
  interview: Interview;
  riskFlags: AssessedFlag[];
  priority: CasePriority;
  /** The consents the person gave at this interview. */
  consents: ConsentScope[];
  /** The answers to the centre's own questions, with the version of the form they answered. */
  answers: StoredAnswers | null;
  interviewedBy: string;
  submittedAt: Date;
  version: number;
}

export function recordIntake(
  fields: Omit<Intake, 'submittedAt' | 'version' | 'caseAction'> & { caseAction: CaseAction | null },
  now: Date,
): Intake {
  return {
    ...fields,
    // A first interview always opens a case; only a returning person's may reopen one.
    caseAction: fields.returning ? (fields.caseAction ?? 'open-new') : 'open-new',
    submittedAt: now,
    version: 1,
  };
}
