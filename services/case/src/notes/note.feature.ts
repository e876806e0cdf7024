import type { ApiRoutes } from '@corredor/service-kit';
import { storeFor, type CaseWorkDeps, type CaseWorkFeature } from '../timeline/case-work';
import type { NoteRepository } from './note.repository';
import { MemoryNoteRepository } from './note.repository.memory';
import { MongoNoteRepository } from './note.repository.mongo';
import { caseNoteRoutes } from './note.routes';
import { caseNoteTimeline } from './note.timeline';

/** Case notes, ready to wire in service.ts: routes, timeline source, store health. Notes publish no event. */
export function caseNoteFeature(deps: CaseWorkDeps): CaseWorkFeature {
  const notes = storeFor<NoteRepository>(
    deps,
    () => new MemoryNoteRepository(deps.keys),
    (connection) => new MongoNoteRepository(connection, deps.keys),
  );
  return {
    routes: (api: ApiRoutes) => caseNoteRoutes(api, { ...deps, notes }),
    timeline: caseNoteTimeline(notes),
    isReachable: () => notes.isReachable(),
    eraseCase: (tenant, caseId) => notes.eraseOfCase(tenant, caseId),
  };
}
