import { DuplicateKeyError } from '@corredor/persistence';
import type { CaseNote, NoteViewer } from './note.domain';
import type { NoteListPosition, NoteRepository } from './note.repository';

const CASE_ID = '00000000-0000-4000-8000-00000000ca5e';
let n = 0;

function aNote(overrides: Partial<CaseNote> = {}): CaseNote {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
    tenant: 'tijuana',
    caseId: CASE_ID,
    body: 'Llamó para confirmar la cita',
    visibility: 'centre',
    authorId: 'ana',
    createdAt: new Date(Date.UTC(2026, 10, 20, 15, n)),
    corrects: null,
    ...overrides,
  };
}

const coordinator: NoteViewer = { userId: 'carla', readsRestricted: true, readsOwnRestricted: true };
const author: NoteViewer = { userId: 'ana', readsRestricted: false, readsOwnRestricted: true };
const colleague: NoteViewer = { userId: 'jean', readsRestricted: false, readsOwnRestricted: true };
/** The author, now in a role that may not write restricted notes (an interpreter). */
const formerAuthor: NoteViewer = { userId: 'ana', readsRestricted: false, readsOwnRestricted: false };

/** The behaviour every NoteRepository adapter must have: memory always, MongoDB when MONGO_URL is set. */
export function describeNoteRepositoryContract(name: string, setup: () => Promise<{ notes: NoteRepository }>): void {
  describe(`${name} note repository`, () => {
    let notes: NoteRepository;
    beforeEach(async () => {
      ({ notes } = await setup());
    });

    it('saves a note, finds it only within its centre and case, and refuses a second one with its id', async () => {
      const note = aNote();
      await notes.add(note);
      expect(await notes.findVisible('tijuana', CASE_ID, note.id, colleague)).toEqual(note);
      expect(await notes.findVisible('tapachula', CASE_ID, note.id, coordinator)).toBeNull();
      expect(await notes.findVisible('tijuana', '00000000-0000-4000-8000-0000000000ff', note.id, coordinator)).toBeNull();
      await expect(notes.add({ ...note, body: 'otra' })).rejects.toBeInstanceOf(DuplicateKeyError);
      expect((await notes.findVisible('tijuana', CASE_ID, note.id, colleague))?.body).toBe(note.body);
    });

    it('shows a restricted note to its author and to coordinators only, by id and in lists', async () => {
      const restricted = aNote({ visibility: 'restricted' });
      const open = aNote();
      await notes.add(restricted);
      await notes.add(open);
      expect(await notes.findVisible('tijuana', CASE_ID, restricted.id, author)).toEqual(restricted);
      expect(await notes.findVisible('tijuana', CASE_ID, restricted.id, coordinator)).toEqual(restricted);
      expect(await notes.findVisible('tijuana', CASE_ID, restricted.id, colleague)).toBeNull();
      const ids = async (viewer: NoteViewer) => (await notes.listVisible('tijuana', CASE_ID, viewer, { after: null, limit: 10 })).map((note) => note.id);
      expect(await ids(author)).toEqual([open.id, restricted.id]);
      expect(await ids(colleague)).toEqual([open.id]);
      expect((await notes.visibleBefore('tijuana', CASE_ID, colleague, null, 10)).map((note) => note.id)).toEqual([open.id]);
    });

    it('hides a restricted note from its author once their roles no longer allow restricted notes', async () => {
      const restricted = aNote({ visibility: 'restricted' });
      const open = aNote();
      const fix = aNote({ visibility: 'restricted', corrects: open.id });
      for (const note of [restricted, open, fix]) await notes.add(note);
      expect(await notes.findVisible('tijuana', CASE_ID, restricted.id, formerAuthor)).toBeNull();
      expect((await notes.listVisible('tijuana', CASE_ID, formerAuthor, { after: null, limit: 10 })).map((note) => note.id)).toEqual([open.id]);
      expect((await notes.visibleBefore('tijuana', CASE_ID, formerAuthor, null, 10)).map((note) => note.id)).toEqual([open.id]);
      expect(await notes.correctionsOf('tijuana', CASE_ID, open.id, formerAuthor, 10)).toEqual([]);
      expect(await notes.findVisible('tijuana', CASE_ID, restricted.id, coordinator)).toEqual(restricted);
    });

    it('pages newest first without repeats or gaps, and a hidden note does not shorten a page', async () => {
      const first = aNote();
      const tied = aNote({ createdAt: first.createdAt });
      const hidden = aNote({ visibility: 'restricted', authorId: 'carla' });
      const last = aNote();
      for (const note of [first, tied, hidden, last, aNote({ tenant: 'tapachula' })]) await notes.add(note);
      const seen: string[] = [];
      let after: NoteListPosition | null = null;
      for (let page = 0; page < 10; page += 1) {
        const items: CaseNote[] = await notes.listVisible('tijuana', CASE_ID, colleague, { after, limit: 1 });
        if (items.length === 0) break;
        expect(items).toHaveLength(1);
        seen.push(items[0]!.id);
        after = [new Date(items[0]!.createdAt.toISOString()), items[0]!.id];
      }
      expect(seen).toEqual([last.id, tied.id, first.id]);
    });

    it('finds the corrections of a note that the viewer may see, oldest first', async () => {
      const note = aNote();
      const fix = aNote({ corrects: note.id });
      const privateFix = aNote({ corrects: note.id, visibility: 'restricted', authorId: 'carla' });
      for (const each of [note, fix, privateFix]) await notes.add(each);
      expect((await notes.correctionsOf('tijuana', CASE_ID, note.id, coordinator, 10)).map((c) => c.id)).toEqual([fix.id, privateFix.id]);
      expect((await notes.correctionsOf('tijuana', CASE_ID, note.id, colleague, 10)).map((c) => c.id)).toEqual([fix.id]);
    });

    it('gives the timeline the visible notes before a position, ties broken by id', async () => {
      const at = new Date(Date.UTC(2026, 10, 21, 10));
      const [a, b, c] = [aNote({ createdAt: at }), aNote({ createdAt: at }), aNote({ createdAt: new Date(at.getTime() - 1000) })];
      for (const note of [a, b, c]) await notes.add(note);
      const ids = (list: CaseNote[]) => list.map((note) => note.id);
      const same = new Date(at.toISOString());
      expect(ids(await notes.visibleBefore('tijuana', CASE_ID, colleague, { at: same, ties: 'below', key: b.id }, 10))).toEqual([a.id, c.id]);
      expect(ids(await notes.visibleBefore('tijuana', CASE_ID, colleague, { at: same, ties: 'none' }, 10))).toEqual([c.id]);
      expect(ids(await notes.visibleBefore('tijuana', CASE_ID, colleague, { at: same, ties: 'all' }, 2))).toEqual([b.id, a.id]);
    });
  });
}

/** The sealed shape and the erasure: `raw` reads the store as someone with a copy of the database would. */
export function describeNoteSealingContract(name: string, setup: () => Promise<{ notes: NoteRepository; raw: () => Promise<Array<Record<string, unknown>>> }>): void {
  describe(`${name} note repository, at rest`, () => {
    it('stores the body as ciphertext only, and erases the bodies of one case', async () => {
      const { notes, raw } = await setup();
      const note = aNote({ body: 'Marie duerme en el albergue 6b1f' });
      const elsewhere = aNote({ body: 'Otra persona c0de', caseId: '00000000-0000-4000-8000-0000000000ee' });
      await notes.add(note);
      await notes.add(elsewhere);
      expect(JSON.stringify(await raw())).not.toMatch(/6b1f|c0de/);
      expect((await raw()).map((doc) => doc['body'])).toEqual([expect.stringMatching(/^cx1\./), expect.stringMatching(/^cx1\./)]);
      await notes.eraseOfCase('tijuana', CASE_ID);
      await notes.eraseOfCase('tijuana', CASE_ID);
      expect(await notes.findVisible('tijuana', CASE_ID, note.id, coordinator)).toEqual({ ...note, body: '[erased]' });
      expect((await notes.findVisible('tijuana', elsewhere.caseId, elsewhere.id, coordinator))?.body).toBe('Otra persona c0de');
    });
  });
}
