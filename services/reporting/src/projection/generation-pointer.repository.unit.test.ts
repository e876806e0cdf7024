import { describeGenerationPointerRepositoryContract } from './generation-pointer.repository.contract';
import { MemoryGenerationPointerRepository } from './generation-pointer.repository.memory';

describeGenerationPointerRepositoryContract('in-memory', async () => new MemoryGenerationPointerRepository());
