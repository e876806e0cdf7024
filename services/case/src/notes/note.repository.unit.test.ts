import { describeNoteRepositoryContract } from './note.repository.contract';
import { MemoryNoteRepository } from './note.repository.memory';

describeNoteRepositoryContract('in-memory', async () => ({ notes: new MemoryNoteRepository() }));
