import { describeRebuildRepositoryContract } from './rebuild.repository.contract';
import { MemoryRebuildRepository } from './rebuild.repository.memory';

describeRebuildRepositoryContract('in-memory', async () => new MemoryRebuildRepository());
