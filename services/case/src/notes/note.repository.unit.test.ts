import { TestCentreKeys } from '@corredor/service-kit/testing';
import { describeNoteRepositoryContract, describeNoteSealingContract } from './note.repository.contract';
import { MemoryNoteRepository } from './note.repository.memory';

describeNoteRepositoryContract('in-memory', async () => ({ notes: new MemoryNoteRepository(new TestCentreKeys()) }));
describeNoteSealingContract('in-memory', async () => {
  const notes = new MemoryNoteRepository(new TestCentreKeys());
  return { notes, raw: async () => notes.notes.contents() };
});
