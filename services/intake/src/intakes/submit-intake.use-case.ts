import { randomUUID } from 'node:crypto';
import { createEvent, intakeSubmittedV1 } from '@corredor/contracts';
import { toOutboxRecord } from '@corredor/messaging';
import { DuplicateKeyError } from '@corredor/persistence';
import type { Principal } from '@corredor/service-kit';
import { submitIntake, type Intake } from './intake.domain';
import type { IntakeRepository } from './intake.repository';
import type { SubmitIntakeBody } from './submit-intake.schema';

export interface SubmitIntakeDeps {
  intakes: IntakeRepository;
  clock: () => Date;
  outboxWritten: () => void;
  newId?: () => string;
}

export interface SubmitIntakeInput {
  principal: Principal;
  body: SubmitIntakeBody;
  idempotencyKey: string | null;
  requestId: string;
}

export interface SubmitIntakeResult {
  intake: Intake;
  /** True when the Idempotency-Key had been used: the earlier intake is returned and nothing new is saved. */
  replayed: boolean;
}

export async function submitIntakeUseCase(deps: SubmitIntakeDeps, input: SubmitIntakeInput): Promise<SubmitIntakeResult> {
  const tenant = input.principal.centre;
  if (input.idempotencyKey) {
    const earlier = await deps.intakes.findByIdempotencyKey(tenant, input.idempotencyKey);
    if (earlier) return { intake: earlier, replayed: true };
  }
  const now = deps.clock();
  const intake = submitIntake(input.body, {
    intakeId: (deps.newId ?? randomUUID)(),
    tenant,
    userId: input.principal.userId,
    idempotencyKey: input.idempotencyKey,
    now,
  });
  const event = createEvent(
    intakeSubmittedV1,
    {
      intakeId: intake.id,
      alias: intake.alias,
      sex: intake.sex,
      yearOfBirth: intake.yearOfBirth,
      nationality: intake.nationality,
      languages: intake.languages,
      consent: { storeData: true, recordedAt: intake.consent.recordedAt.toISOString() },
      interviewedBy: intake.interviewedBy,
      submittedAt: intake.submittedAt.toISOString(),
    },
    { tenant, source: '/corredor/intake', correlationId: input.requestId, causationId: input.requestId, subject: intake.id, time: now },
  );
  try {
    await deps.intakes.add(intake, [toOutboxRecord(intakeSubmittedV1, event, intake.id, now)]);
  } catch (error) {
    // Two submissions with the same key raced: the other one won, answer with it.
    if (error instanceof DuplicateKeyError && input.idempotencyKey) {
      const winner = await deps.intakes.findByIdempotencyKey(tenant, input.idempotencyKey);
      if (winner) return { intake: winner, replayed: true };
    }
    throw error;
  }
  deps.outboxWritten();
  return { intake, replayed: false };
}
