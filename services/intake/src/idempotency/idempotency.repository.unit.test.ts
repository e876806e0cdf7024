import { describeIdempotencyRepositoryContract } from './idempotency.repository.contract';
import { MemoryIdempotencyRepository } from './idempotency.repository.memory';

describeIdempotencyRepositoryContract('in-memory', async () => ({ keys: new MemoryIdempotencyRepository() }));
