import type { CasePriority, ConsentScope } from '@corredor/contracts';
import type { CentreKeys } from '@corredor/service-kit';
import type { StoredAnswers } from '../forms';
import type { AssessedFlag, Interview } from '../interview';
import type { Intake } from './intake.domain';

/**
 * An intake as both adapters store it (MongoDB with `_id` for `id`).
 *
 * Clear, because queries or the service's own bookkeeping need them and they identify no one: the
 * ids (intake, person), the tenant, whether the person was returning and the case action, who
 * interviewed (a staff account), when, and the version.
 * Sealed under the centre's data key, each under its own context: the interview (migratory and
 * work situation, household, screening answers), the risk flags with their reasons together with
 * the priority they give (sealed with them: a sealed word alone would show its length, and so which
 * priority), the consents given at the interview (a partner named for sharing can say much about a
 * person), and the answers to the centre's own questions.
 */
export interface StoredIntake {
  id: string;
  tenant: string;
  personId: string;
  returning: boolean;
  caseAction: Intake['caseAction'];
  interview: string;
  risk: string;
  consents: string;
  answers: string;
  interviewedBy: string;
  submittedAt: Date;
  version: number;
}

const CONTEXT = {
  interview: 'intakes.interview',
  risk: 'intakes.risk',
  consents: 'intakes.consents',
  answers: 'intakes.answers',
} as const;

interface SealedRisk {
  riskFlags: AssessedFlag[];
  priority: CasePriority;
}

export class IntakeCodec {
  constructor(private readonly keys: CentreKeys) {}

  encode(intake: Intake): StoredIntake {
    const { tenant } = intake;
    const risk: SealedRisk = { riskFlags: intake.riskFlags, priority: intake.priority };
    return {
      id: intake.id,
      tenant,
      personId: intake.personId,
      returning: intake.returning,
      caseAction: intake.caseAction,
      interview: this.keys.seal(tenant, CONTEXT.interview, intake.interview),
      risk: this.keys.seal(tenant, CONTEXT.risk, risk),
      consents: this.keys.seal(tenant, CONTEXT.consents, intake.consents),
      answers: this.keys.seal(tenant, CONTEXT.answers, intake.answers),
      interviewedBy: intake.interviewedBy,
      submittedAt: intake.submittedAt,
      version: intake.version,
    };
  }

  /** 410 CENTRE.DATA_DESTROYED once the centre's key is destroyed. */
  decode(stored: StoredIntake): Intake {
    const { tenant } = stored;
    const risk = this.keys.open<SealedRisk>(tenant, CONTEXT.risk, stored.risk);
    return {
      id: stored.id,
      tenant,
      personId: stored.personId,
      returning: stored.returning,
      caseAction: stored.caseAction,
      interview: this.keys.open<Interview>(tenant, CONTEXT.interview, stored.interview),
      riskFlags: risk.riskFlags,
      priority: risk.priority,
      consents: this.keys.open<ConsentScope[]>(tenant, CONTEXT.consents, stored.consents),
      answers: this.keys.open<StoredAnswers | null>(tenant, CONTEXT.answers, stored.answers),
      interviewedBy: stored.interviewedBy,
      submittedAt: stored.submittedAt,
      version: stored.version,
    };
  }
}
