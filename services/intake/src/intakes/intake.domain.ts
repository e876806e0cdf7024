import { DomainError, type Sex } from '@corredor/contracts';

/** An intake interview as recorded. The alias is personal data: it stays inside the centre. */
export interface Intake {
  id: string;
  tenant: string;
  alias: string;
  sex: Sex;
  yearOfBirth: number | null;
  nationality: string;
  languages: string[];
  consent: { storeData: true; recordedAt: Date };
  interviewedBy: string;
  submittedAt: Date;
  /** The client's Idempotency-Key, so a retried submission does not record the person twice. */
  idempotencyKey: string | null;
  version: number;
}

export interface SubmitIntake {
  alias: string;
  sex: Sex;
  yearOfBirth: number | null;
  nationality: string;
  languages: string[];
  consent: { storeData: true };
}

export interface SubmitContext {
  intakeId: string;
  tenant: string;
  userId: string;
  idempotencyKey: string | null;
  now: Date;
}

/** Decides what a submission records. Pure: ids and the clock come in as values. */
export function submitIntake(command: SubmitIntake, context: SubmitContext): Intake {
  if (command.yearOfBirth !== null && command.yearOfBirth > context.now.getUTCFullYear()) {
    throw new DomainError('INTAKE.YEAR_OF_BIRTH_IN_FUTURE', 'validation', 'The year of birth is in the future.');
  }
  return {
    id: context.intakeId,
    tenant: context.tenant,
    alias: command.alias,
    sex: command.sex,
    yearOfBirth: command.yearOfBirth,
    nationality: command.nationality,
    languages: command.languages,
    consent: { storeData: true, recordedAt: context.now },
    interviewedBy: context.userId,
    submittedAt: context.now,
    idempotencyKey: context.idempotencyKey,
    version: 1,
  };
}
