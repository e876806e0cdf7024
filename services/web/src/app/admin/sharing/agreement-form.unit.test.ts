import {
  AGREEMENT_ERRORS,
  agreementBody,
  agreementErrors,
  draftWithTermsOf,
  emptyDraft,
  formFieldOf,
  hasBreakdown,
  withBreakdown,
  withIndicator,
  withMeasure,
  type AgreementDraft,
  type SharingAgreement,
} from './agreement-form';
import { breakdownChoices } from './sharing-catalog';

const today = '2026-11-24';

function draft(overrides: Partial<AgreementDraft> = {}): AgreementDraft {
  return { ...withIndicator(emptyDraft(today), 'people-served', true), network: 'red-corredor-mx', ...overrides };
}

const active: SharingAgreement = {
  id: '0b5a1d0e-0000-4000-8000-000000000001',
  centre: 'tijuana',
  network: 'alianza-fronteriza',
  status: 'active',
  indicators: [{ indicator: 'people-served', breakdowns: [['sex', 'ageBand']] }],
  measures: ['days-to-first-service'],
  from: '2026-01-01',
  periodKind: 'quarter',
  firstPeriod: '2026-Q1',
  rule: { k: 5, roundTo: 5 },
  agreedAt: '2026-01-02T10:00:00.000Z',
  agreedBy: 'user-1',
  revokedAt: null,
  revokedBy: null,
  version: 1,
};

describe('the body sent to the reporting service', () => {
  it('lists the indicators in the catalog order with their tables, k as a number and no rounding when left empty', () => {
    let form = withIndicator(draft(), 'risk-flags', true);
    form = withBreakdown(form, 'risk-flags', ['screen'], true);
    form = withBreakdown(form, 'people-served', ['sex', 'ageBand'], true);
    expect(agreementBody({ ...form, k: '7' })).toEqual({
      network: 'red-corredor-mx',
      indicators: [
        { indicator: 'people-served', breakdowns: [['sex', 'ageBand']] },
        { indicator: 'risk-flags', breakdowns: [['screen']] },
      ],
      measures: [],
      from: today,
      periodKind: 'month',
      k: 7,
      roundTo: null,
    });
  });

  it('treats a table the same whatever the order of its dimensions, and drops it when unticked', () => {
    const form = withBreakdown(draft(), 'people-served', ['sex', 'ageBand'], true);
    expect(hasBreakdown(form, 'people-served', ['ageBand', 'sex'])).toBe(true);
    expect(agreementBody(withBreakdown(form, 'people-served', ['ageBand', 'sex'], false)).indicators).toEqual([{ indicator: 'people-served', breakdowns: [] }]);
  });

  it('drops an indicator with its tables when it is unticked', () => {
    const form = withBreakdown(draft(), 'people-served', ['sex'], true);
    expect(agreementBody(withIndicator(form, 'people-served', false)).indicators).toEqual([]);
  });

  it('keeps the measures in one order however they were ticked', () => {
    const form = withMeasure(withMeasure(draft(), 'days-to-first-service', true), 'labour-claim-amounts', true);
    expect(agreementBody(form).measures).toEqual(['labour-claim-amounts', 'days-to-first-service']);
    expect(agreementBody(withMeasure(form, 'labour-claim-amounts', false)).measures).toEqual(['days-to-first-service']);
  });

  it('starts a second agreement from the terms of the active one, for another network', () => {
    const form = { ...draftWithTermsOf(active, today), network: 'red-corredor-mx' };
    expect(agreementBody(form)).toEqual({
      network: 'red-corredor-mx',
      indicators: [{ indicator: 'people-served', breakdowns: [['sex', 'ageBand']] }],
      measures: ['days-to-first-service'],
      from: today,
      periodKind: 'quarter',
      k: 5,
      roundTo: 5,
    });
    expect(agreementErrors(form, { today, active: [active] })).toEqual({});
  });
});

describe('the catalog of tables', () => {
  it('offers each shareable dimension alone, then each pair crossed', () => {
    expect(breakdownChoices('risk-flags')).toEqual([['screen'], ['level'], ['flag'], ['screen', 'level'], ['screen', 'flag'], ['level', 'flag']]);
    expect(breakdownChoices('people-served')).toHaveLength(6 + 15);
  });
});

describe('checks before sending, as the service applies them', () => {
  const context = { today, active: [] };

  it('accepts a plain agreement', () => {
    expect(agreementErrors(draft(), context)).toEqual({});
  });

  it('needs a network id and at least one indicator', () => {
    expect(agreementErrors({ ...emptyDraft(today) }, context)).toEqual({ network: AGREEMENT_ERRORS.networkRequired, indicators: AGREEMENT_ERRORS.indicatorsRequired });
    expect(agreementErrors(draft({ network: 'Red Corredor' }), context)).toEqual({ network: AGREEMENT_ERRORS.networkFormat });
  });

  it('refuses a second active agreement with the same network', () => {
    expect(agreementErrors(draft({ network: 'alianza-fronteriza' }), { today, active: [active] })).toEqual({ network: AGREEMENT_ERRORS.activeWithNetwork });
  });

  it('never lets k fall below 3, and rounds only to a base from 2 to 100', () => {
    expect(agreementErrors(draft({ k: '2' }), context)).toEqual({ k: AGREEMENT_ERRORS.kRange });
    expect(agreementErrors(draft({ k: '3.5' }), context)).toEqual({ k: AGREEMENT_ERRORS.kRange });
    expect(agreementErrors(draft({ k: '' }), context)).toEqual({ k: AGREEMENT_ERRORS.kRange });
    expect(agreementErrors(draft({ k: '3', roundTo: '1' }), context)).toEqual({ roundTo: AGREEMENT_ERRORS.roundToRange });
    expect(agreementErrors(draft({ roundTo: '10' }), context)).toEqual({});
  });

  it('starts from 2000 to a year from today', () => {
    expect(agreementErrors(draft({ from: '1999-12-31' }), context)).toEqual({ from: AGREEMENT_ERRORS.fromRange });
    expect(agreementErrors(draft({ from: '2027-11-24' }), context)).toEqual({});
    expect(agreementErrors(draft({ from: '2027-11-25' }), context)).toEqual({ from: AGREEMENT_ERRORS.fromRange });
    expect(agreementErrors(draft({ from: '' }), context)).toEqual({ from: AGREEMENT_ERRORS.fromRequired });
  });

  it('refuses a table by screen or level beside one by flag, which would give a withheld flag away', () => {
    let form = withIndicator(draft(), 'risk-flags', true);
    form = withBreakdown(withBreakdown(form, 'risk-flags', ['flag'], true), 'risk-flags', ['screen'], true);
    expect(agreementErrors(form, context)).toEqual({ 'indicator.risk-flags': AGREEMENT_ERRORS.determinedApart });
    const crossed = withBreakdown(withBreakdown(form, 'risk-flags', ['screen'], false), 'risk-flags', ['screen', 'flag'], true);
    expect(agreementErrors(crossed, context)).toEqual({});
  });

  it('refuses interpretation beside services delivered, which count the same services', () => {
    const form = withIndicator(withIndicator(draft(), 'interpretation', true), 'services-delivered', true);
    expect(agreementErrors(form, context)).toEqual({ indicators: AGREEMENT_ERRORS.sameUnits });
  });

  it('refuses more than 20 tables for one indicator', () => {
    const form = breakdownChoices('people-served').reduce((each, breakdown) => withBreakdown(each, 'people-served', breakdown, true), draft());
    expect(agreementErrors(form, context)).toEqual({ 'indicator.people-served': AGREEMENT_ERRORS.tooManyBreakdowns });
  });

  it('says when the terms differ from those shared with another network, whatever the order they were ticked in', () => {
    expect(agreementErrors(draft(), { today, active: [active] })).toEqual({ terms: AGREEMENT_ERRORS.termsDiffer });
    const same = withBreakdown({ ...draft(), periodKind: 'quarter', roundTo: '5', measures: ['days-to-first-service'] }, 'people-served', ['ageBand', 'sex'], true);
    expect(agreementErrors(same, { today, active: [active] })).toEqual({});
  });
});

describe("the service's field errors on the form", () => {
  it('puts an error about the n-th indicator sent next to that indicator', () => {
    const body = agreementBody(withIndicator(draft(), 'risk-flags', true));
    expect(formFieldOf('indicators.1.breakdowns.0', body)).toBe('indicator.risk-flags');
    expect(formFieldOf('indicators', body)).toBe('indicators');
    expect(formFieldOf('k', body)).toBe('k');
  });
});
