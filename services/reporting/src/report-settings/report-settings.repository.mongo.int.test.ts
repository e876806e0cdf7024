import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { describeReportSettingsRepositoryContract } from './report-settings.repository.contract';
import { MongoReportSettingsRepository } from './report-settings.repository.mongo';

describeWithMongo('report-settings repository', (connection) => {
  describeReportSettingsRepositoryContract('mongodb', () => prepareModels(connection(), new MongoReportSettingsRepository(connection())));
});
