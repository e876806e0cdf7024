import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { describeStaffRepositoryContract } from './staff.repository.contract';
import { MongoStaffRepository } from './staff.repository.mongo';

describeWithMongo('staff repository', (connection) => {
  describeStaffRepositoryContract('mongodb', async () => {
    const staff = new MongoStaffRepository(connection());
    await prepareModels(connection(), { staff });
    return staff;
  });
});
