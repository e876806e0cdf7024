import { describeReportingFactRepositoryContract } from './reporting-fact.repository.contract';
import { MemoryReportingFactRepository } from './reporting-fact.repository.memory';

describeReportingFactRepositoryContract('in-memory', async () => new MemoryReportingFactRepository());
