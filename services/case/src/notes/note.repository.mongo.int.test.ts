import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { TestCentreKeys } from '@corredor/service-kit/testing';
import { describeNoteRepositoryContract, describeNoteSealingContract } from './note.repository.contract';
import { MongoNoteRepository } from './note.repository.mongo';

describeWithMongo('note repository', (connection) => {
  describeNoteRepositoryContract('mongodb', async () => prepareModels(connection(), { notes: new MongoNoteRepository(connection(), new TestCentreKeys()) }));
  describeNoteSealingContract('mongodb', async () => {
    const notes = new MongoNoteRepository(connection(), new TestCentreKeys());
    await prepareModels(connection(), { notes });
    return { notes, raw: async () => notes.model.find().sort({ _id: 1 }).lean<Array<Record<string, unknown>>>() };
  });
});
