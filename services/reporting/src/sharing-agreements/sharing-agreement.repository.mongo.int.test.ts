import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { describeSharingAgreementRepositoryContract } from './sharing-agreement.repository.contract';
import { MongoSharingAgreementRepository } from './sharing-agreement.repository.mongo';

describeWithMongo('sharing-agreement repository', (connection) => {
  describeSharingAgreementRepositoryContract('mongodb', () => prepareModels(connection(), new MongoSharingAgreementRepository(connection())));
});
