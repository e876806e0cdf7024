import { describeConsentRepositoryContract } from './consent.repository.contract';
import { MemoryConsentRepository } from './consent.repository.memory';

describeConsentRepositoryContract('in-memory', async () => new MemoryConsentRepository());
