import { casePolicy } from '../case-policy';
import { boundFor } from '../timeline/timeline.domain';
import type { TimelineEntry, TimelineSource } from '../timeline/timeline-source';
import type { CaseNote } from './note.domain';
import type { NoteRepository } from './note.repository';
import { viewerOf } from './write-note.use-case';

const PREFIX = 'note:';
/** The timeline shows the start of a note; the note itself has the rest. */
const EXCERPT = 280;

function entry(note: CaseNote): TimelineEntry {
  return {
    id: `${PREFIX}${note.id}`,
    kind: 'note',
    at: note.createdAt,
    by: note.authorId,
    detail: {
      noteId: note.id,
      visibility: note.visibility,
      corrects: note.corrects,
      excerpt: note.body.slice(0, EXCERPT),
      truncated: note.body.length > EXCERPT,
    },
  };
}

/** Notes on the timeline: only those the viewer may see. */
export function caseNoteTimeline(notes: NoteRepository): TimelineSource {
  return {
    async entries(query) {
      if (!casePolicy.allows(query.viewer.roles, 'note.read')) return [];
      const found = await notes.visibleBefore(query.tenant, query.caseId, viewerOf(query.viewer), boundFor(PREFIX, query.before), query.limit);
      return found.map(entry);
    },
  };
}
