import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { describeNoteRepositoryContract } from './note.repository.contract';
import { MongoNoteRepository } from './note.repository.mongo';

describeWithMongo('note repository', (connection) => {
  describeNoteRepositoryContract('mongodb', async () => prepareModels(connection(), { notes: new MongoNoteRepository(connection()) }));
});
