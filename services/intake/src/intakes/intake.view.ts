import type { Intake } from './intake.domain';

/** What the API shows of an intake (internal fields such as the idempotency key stay out). */
export function intakeView(intake: Intake) {
  return {
    id: intake.id,
    alias: intake.alias,
    sex: intake.sex,
    yearOfBirth: intake.yearOfBirth,
    nationality: intake.nationality,
    languages: intake.languages,
    consent: { storeData: intake.consent.storeData, recordedAt: intake.consent.recordedAt.toISOString() },
    interviewedBy: intake.interviewedBy,
    submittedAt: intake.submittedAt.toISOString(),
  };
}
