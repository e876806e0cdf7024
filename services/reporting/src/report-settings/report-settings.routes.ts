import { DomainError } from '@corredor/contracts';
import { VersionConflictError } from '@corredor/persistence';
import { principalOf, valid, type ApiRoutes, type AuditTrail } from '@corredor/service-kit';
import { z } from 'zod';
import { changeStaffReportAccess, defaultReportSettings, STAFF_REPORT_ACCESS, type ReportSettings } from './report-settings.domain';
import type { ReportSettingsRepository } from './report-settings.repository';

const staffReportAccess = z.enum(STAFF_REPORT_ACCESS).meta({
  description:
    "Who reads the centre's in-centre reports (exact figures): `coordinators-and-lawyers` (the default), or `all-staff` (promoters and interpreters too). " +
    'Operators and network analysts never do.',
});

const settingsBody = z.strictObject({ staffReportAccess }).meta({ id: 'ReportSettingsChange' });

const settingsView = z
  .object({
    centre: z.string(),
    staffReportAccess,
    changes: z
      .array(z.object({ at: z.iso.datetime(), by: z.string().meta({ description: "The coordinator's user id" }), from: staffReportAccess, to: staffReportAccess }))
      .meta({ description: 'Every change of the settings, oldest first: who made it, when, from what to what' }),
  })
  .meta({ id: 'ReportSettings' });

const view = (settings: ReportSettings): z.infer<typeof settingsView> => ({
  centre: settings.centre,
  staffReportAccess: settings.staffReportAccess,
  changes: settings.changes.map((change) => ({ at: change.at.toISOString(), by: change.by, from: change.from, to: change.to })),
});

export interface ReportSettingsDeps {
  settings: ReportSettingsRepository;
  clock: () => Date;
  audit: AuditTrail;
}

/** The centre's settings, or the defaults while its coordinator never changed them. */
export async function reportSettingsOf(settings: ReportSettingsRepository, centre: string): Promise<ReportSettings> {
  return (await settings.get(centre)) ?? defaultReportSettings(centre);
}

export function reportSettingsRoutes(api: ApiRoutes, deps: ReportSettingsDeps): void {
  api.get(
    '/reports/settings',
    {
      summary: "The centre's report settings: who among its staff reads its in-centre reports",
      tag: 'Reports',
      responses: { 200: { description: 'The settings and their history', schema: settingsView } },
    },
    async (_req, res) => {
      res.json(view(await reportSettingsOf(deps.settings, principalOf(res).centre)));
    },
  );

  api.put(
    '/reports/settings',
    {
      summary: "Sets who among the centre's staff reads its in-centre reports",
      description:
        "The centre's coordinator decides whether its promoters and interpreters read the in-centre reports too. Each change is kept " +
        "with who made it, when, and from what to what (in the settings' history), and recorded in the audit trail. Setting what is " +
        'already set changes nothing.',
      tag: 'Reports',
      body: settingsBody,
      responses: { 200: { description: 'The settings as they now stand', schema: settingsView } },
      errors: [409],
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const body = valid(res, 'body', settingsBody);
      const current = await reportSettingsOf(deps.settings, principal.centre);
      const next = changeStaffReportAccess(current, body.staffReportAccess, { userId: principal.userId, at: deps.clock() });
      if (!next) {
        res.json(view(current));
        return;
      }
      // Recorded before it is done: a change the audit trail could not take is refused (503) rather than made unrecorded.
      await deps.audit.recordRead(res, { action: 'report-settings.changed', record: { type: 'report-settings', id: principal.centre }, purpose: 'report-access' });
      try {
        await deps.settings.save(next, current.version);
      } catch (error) {
        if (error instanceof VersionConflictError) {
          throw new DomainError('REPORTING.SETTINGS_CHANGED_MEANWHILE', 'conflict', "Someone changed the centre's report settings meanwhile: read them again.");
        }
        throw error;
      }
      res.json(view(next));
    },
  );
}
