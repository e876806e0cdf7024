import { mayReadReports, readsReportsAlways } from './report-access';

describe('who reads the centre report', () => {
  it('lets coordinators and lawyers read it whatever the settings', () => {
    expect(readsReportsAlways(['coordinator'])).toBe(true);
    expect(mayReadReports(['lawyer'], 'coordinators-and-lawyers')).toBe(true);
  });

  it('lets promoters and interpreters read it only when it is open to all staff', () => {
    expect(mayReadReports(['promoter'], 'coordinators-and-lawyers')).toBe(false);
    expect(mayReadReports(['interpreter'], 'all-staff')).toBe(true);
    expect(readsReportsAlways(['promoter', 'interpreter'])).toBe(false);
  });

  it('never lets a role without a staff reading right in', () => {
    expect(mayReadReports(['network-analyst'], 'all-staff')).toBe(false);
    expect(mayReadReports(['operator'], 'all-staff')).toBe(false);
  });
});
