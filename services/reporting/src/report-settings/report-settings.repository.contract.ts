import { VersionConflictError } from '@corredor/persistence';
import { changeStaffReportAccess, defaultReportSettings } from './report-settings.domain';
import type { ReportSettingsRepository } from './report-settings.repository';

const by = (userId: string, at: string) => ({ userId, at: new Date(at) });

export function describeReportSettingsRepositoryContract(name: string, setup: () => Promise<ReportSettingsRepository>): void {
  describe(`${name} report-settings repository`, () => {
    let settings: ReportSettingsRepository;
    beforeEach(async () => {
      settings = await setup();
    });

    it('keeps each centre its settings and every change of them, and refuses a change made on stale settings', async () => {
      expect(await settings.get('tijuana')).toBeNull();
      const opened = changeStaffReportAccess(defaultReportSettings('tijuana'), 'all-staff', by('rosa@tijuana', '2026-11-20T10:00:00Z'));
      if (!opened) throw new Error('expected a change');
      await settings.save(opened, 0);
      await expect(settings.save(opened, 0)).rejects.toBeInstanceOf(VersionConflictError);
      const stored = await settings.get('tijuana');
      expect(stored).toEqual({ ...opened, version: 1 });
      const closed = changeStaffReportAccess({ ...opened, version: 1 }, 'coordinators-and-lawyers', by('ana@tijuana', '2026-11-21T10:00:00Z'));
      if (!closed) throw new Error('expected a change');
      await settings.save(closed, 1);
      await expect(settings.save(closed, 1)).rejects.toBeInstanceOf(VersionConflictError);
      expect(await settings.get('tijuana')).toEqual({
        centre: 'tijuana',
        staffReportAccess: 'coordinators-and-lawyers',
        version: 2,
        changes: [
          { at: new Date('2026-11-20T10:00:00Z'), by: 'rosa@tijuana', from: 'coordinators-and-lawyers', to: 'all-staff' },
          { at: new Date('2026-11-21T10:00:00Z'), by: 'ana@tijuana', from: 'all-staff', to: 'coordinators-and-lawyers' },
        ],
      });
      expect(await settings.get('tapachula')).toBeNull();
    });
  });
}
