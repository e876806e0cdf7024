import { DuplicateKeyError, MemoryCollection, VersionConflictError } from '@corredor/persistence';
import type { ReportSettings } from './report-settings.domain';
import type { ReportSettingsRepository } from './report-settings.repository';

type Stored = ReportSettings & { id: string };

export class MemoryReportSettingsRepository implements ReportSettingsRepository {
  private readonly settings = new MemoryCollection<Stored>('report_settings');

  async get(centre: string): Promise<ReportSettings | null> {
    const stored = this.settings.findOne({ id: centre });
    if (!stored) return null;
    const { id: _id, ...settings } = stored;
    return settings;
  }

  async save(settings: ReportSettings, expectedVersion: number): Promise<void> {
    const doc = { ...settings, id: settings.centre };
    if (expectedVersion > 0) return this.settings.replaceVersioned(doc, expectedVersion);
    try {
      this.settings.insert({ ...doc, version: 1 });
    } catch (error) {
      if (error instanceof DuplicateKeyError) throw new VersionConflictError('report_settings', settings.centre, expectedVersion);
      throw error;
    }
  }
}
