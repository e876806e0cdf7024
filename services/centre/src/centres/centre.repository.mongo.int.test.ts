import { describeWithMongo, MongoOutbox, prepareModels } from '@corredor/persistence';
import { describeCentreRepositoryContract } from './centre.repository.contract';
import { MongoCentreRepository } from './centre.repository.mongo';

describeWithMongo('centre repository', (connection) => {
  describeCentreRepositoryContract('mongodb', async () => {
    const outbox = new MongoOutbox(connection());
    const centres = new MongoCentreRepository(connection(), outbox);
    return prepareModels(connection(), { centres, outbox, raw: async (id: string) => centres.model.findById(id).lean() });
  });
});
