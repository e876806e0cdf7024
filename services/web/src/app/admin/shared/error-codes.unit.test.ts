import { errorKeyOf } from './error-codes';

describe("the services' refusals in the admin screens", () => {
  it('gives each known code its own message', () => {
    expect(errorKeyOf('STAFF.LAST_COORDINATOR')).toBe('codes.staffLastCoordinator');
    expect(errorKeyOf('REPORTING.TERMS_DIFFER')).toBe('codes.termsDiffer');
    expect(errorKeyOf('REPORTING.BREAKDOWNS_DISCLOSIVE')).toBe('codes.breakdownsDisclosive');
  });

  it("says 'see the fields' for any service's validation failure", () => {
    expect(errorKeyOf('INTAKE.VALIDATION_FAILED')).toBe('codes.validationFailed');
    expect(errorKeyOf('REPORTING.VALIDATION_FAILED')).toBe('codes.validationFailed');
  });

  it('leaves unknown codes, and none, to the common message', () => {
    expect(errorKeyOf('CASE.ALREADY_CLOSED')).toBeNull();
    expect(errorKeyOf('toString')).toBeNull();
    expect(errorKeyOf(undefined)).toBeNull();
  });
});
