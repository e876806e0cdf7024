import { DomainError, type Role } from '@corredor/contracts';
import { RequestValidationError, type Principal } from '@corredor/service-kit';
import { randomUUID } from 'node:crypto';
import { casePolicy } from '../case-policy';
import { caseAt, type CaseLookup, type ReadAudit } from '../timeline/case-work';
import { writeNote, type CaseNote, type NoteViewer, type NoteVisibility } from './note.domain';
import type { NoteRepository } from './note.repository';

export interface CaseNoteDeps {
  notes: NoteRepository;
  cases: CaseLookup;
  audit: ReadAudit;
  clock: () => Date;
  newId?: () => string;
}

/** Interpreters may not read restricted notes, so they may not write one (they would read it as its author). */
export function mayWriteRestricted(roles: readonly Role[]): boolean {
  return casePolicy.allows(roles, 'note.write-restricted');
}

/** The roles of the moment decide: an author who may no longer write restricted notes no longer reads their own. */
export function viewerOf(principal: Principal): NoteViewer {
  return {
    userId: principal.userId,
    readsRestricted: casePolicy.allows(principal.roles, 'note.read-restricted'),
    readsOwnRestricted: mayWriteRestricted(principal.roles),
  };
}

/** Adds a note to a case, closed ones included (a call after closure is still worth writing down). */
export async function writeNoteUseCase(
  deps: CaseNoteDeps,
  input: { principal: Principal; caseId: string; body: string; visibility: NoteVisibility; corrects?: string | undefined },
): Promise<CaseNote> {
  const tenant = input.principal.centre;
  await caseAt(deps.cases, tenant, input.caseId);
  if (input.visibility === 'restricted' && !mayWriteRestricted(input.principal.roles)) {
    throw new DomainError('CASE.NOTE_RESTRICTED_NOT_ALLOWED', 'forbidden', 'Your role cannot read restricted notes, so it cannot write one; write it for the centre.');
  }
  const corrected = input.corrects ? await deps.notes.findVisible(tenant, input.caseId, input.corrects, viewerOf(input.principal)) : null;
  if (input.corrects && !corrected) throw new RequestValidationError([{ field: 'body.corrects', message: 'is not a note on this case that you can see' }]);
  const note = writeNote(
    { body: input.body, visibility: input.visibility },
    { id: (deps.newId ?? randomUUID)(), tenant, caseId: input.caseId, by: input.principal.userId, now: deps.clock(), corrected },
  );
  await deps.notes.add(note);
  return note;
}
