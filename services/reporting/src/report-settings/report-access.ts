import { principalOf, type Principal } from '@corredor/service-kit';
import type { Response } from 'express';
import { assertMayReadCentreReports } from '../reporting-policy';
import type { ReportSettingsRepository } from './report-settings.repository';
import { reportSettingsOf } from './report-settings.routes';

/** The caller, once it is clear the centre's in-centre reports are open to them (else 403 REPORTING.REPORTS_RESTRICTED). */
export type CentreReportReader = (res: Response) => Promise<Principal>;

export function centreReportReader(settings: ReportSettingsRepository): CentreReportReader {
  return async (res) => {
    const principal = principalOf(res);
    const { staffReportAccess } = await reportSettingsOf(settings, principal.centre);
    assertMayReadCentreReports(principal.roles, staffReportAccess);
    return principal;
  };
}
