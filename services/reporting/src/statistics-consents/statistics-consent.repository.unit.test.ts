import { describeStatisticsConsentRepositoryContract } from './statistics-consent.repository.contract';
import { MemoryStatisticsConsentRepository } from './statistics-consent.repository.memory';

describeStatisticsConsentRepositoryContract('in-memory', async () => new MemoryStatisticsConsentRepository());
