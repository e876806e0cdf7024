import { randomUUID } from 'node:crypto';
import { DomainError } from '@corredor/contracts';
import { DuplicateKeyError } from '@corredor/persistence';
import type { CentreDirectoryView, Principal } from '@corredor/service-kit';
import { reviseForm, type IntakeForm } from './intake-form.domain';
import type { IntakeFormRepository } from './intake-form.repository';
import type { QuestionInput } from './intake-form.schema';

export interface ReviseIntakeFormDeps {
  forms: IntakeFormRepository;
  clock: () => Date;
  centres: CentreDirectoryView;
  newId?: () => string;
}

const conflict = (version: number) =>
  new DomainError('INTAKE.FORM_VERSION_CONFLICT', 'conflict', `The form was changed meanwhile and is now at version ${version}: reload it and make your change again.`);

/** Stores the next version of the caller's centre form, if the form is still at the version the coordinator edited. */
export async function reviseIntakeForm(
  deps: ReviseIntakeFormDeps,
  input: { principal: Principal; questions: readonly QuestionInput[]; expectedVersion: number },
): Promise<IntakeForm> {
  const tenant = input.principal.centre;
  const current = await deps.forms.current(tenant);
  if ((current?.version ?? 0) !== input.expectedVersion) throw conflict(current?.version ?? 0);
  const form = reviseForm(current, input.questions, {
    id: (deps.newId ?? randomUUID)(),
    tenant,
    userId: input.principal.userId,
    now: deps.clock(),
    languages: deps.centres.languagesOf(tenant),
  });
  try {
    await deps.forms.add(form);
  } catch (error) {
    // Another revision from the same version was stored first.
    if (error instanceof DuplicateKeyError) throw conflict((await deps.forms.current(tenant))?.version ?? form.version);
    throw error;
  }
  return form;
}
