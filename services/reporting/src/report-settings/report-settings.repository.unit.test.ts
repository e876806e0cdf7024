import { describeReportSettingsRepositoryContract } from './report-settings.repository.contract';
import { MemoryReportSettingsRepository } from './report-settings.repository.memory';

describeReportSettingsRepositoryContract('in-memory', async () => new MemoryReportSettingsRepository());
