import type { ReportSettings } from './report-settings.domain';

export interface ReportSettingsRepository {
  /** null while the centre never changed its settings. */
  get(centre: string): Promise<ReportSettings | null>;
  /**
   * Stores the settings if they are still at `expectedVersion` (0: none stored yet); the stored
   * version becomes expectedVersion + 1. A VersionConflictError when someone changed them meanwhile.
   */
  save(settings: ReportSettings, expectedVersion: number): Promise<void>;
}
