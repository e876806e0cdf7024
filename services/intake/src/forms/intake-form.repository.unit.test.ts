import { describeIntakeFormRepositoryContract } from './intake-form.repository.contract';
import { MemoryIntakeFormRepository } from './intake-form.repository.memory';

describeIntakeFormRepositoryContract('in-memory', async () => new MemoryIntakeFormRepository());
