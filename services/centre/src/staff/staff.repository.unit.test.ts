import { describeStaffRepositoryContract } from './staff.repository.contract';
import { MemoryStaffRepository } from './staff.repository.memory';

describeStaffRepositoryContract('in-memory', async () => new MemoryStaffRepository());
