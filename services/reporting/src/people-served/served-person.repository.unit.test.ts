import { describeServedPersonRepositoryContract } from './served-person.repository.contract';
import { MemoryServedPersonRepository } from './served-person.repository.memory';

describeServedPersonRepositoryContract('in-memory', async () => new MemoryServedPersonRepository());
