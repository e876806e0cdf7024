import { describeWithMongo } from '@corredor/persistence';
import { describeReportingFactRepositoryContract } from './reporting-fact.repository.contract';
import { MongoReportingFactRepository } from './reporting-fact.repository.mongo';

describeWithMongo('reporting-fact repository', (connection) => {
  describeReportingFactRepositoryContract('mongodb', async () => {
    // As a live or rebuilt generation prepares itself: its collections and indexes first.
    const facts = new MongoReportingFactRepository(connection(), 'test');
    await facts.prepare();
    return facts;
  });
});
