import { MemoryOutbox } from '@corredor/persistence';
import { describeIntakeRepositoryContract } from './intake.repository.contract';
import { MemoryIntakeRepository } from './intake.repository.memory';

describeIntakeRepositoryContract('in-memory', async () => {
  const outbox = new MemoryOutbox();
  return { intakes: new MemoryIntakeRepository(outbox), outbox };
});
