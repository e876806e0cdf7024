import type { LabourClaim } from './case-api.types';
import { separatorsOf } from './claim-amounts';
import { awaitsOutcome, claimChangeBody, claimDraftOf, emptyClaimDraft, hearingBody, newClaimBody } from './claim-form';

const es = separatorsOf('es-MX');
const today = '2026-11-20';

const claim: LabourClaim = {
  id: 'claim-1',
  caseId: 'case-1',
  employer: 'Constructora del Norte',
  claimType: 'unpaid-wages',
  authority: 'conciliation-centre',
  status: 'in-conciliation',
  nextStatuses: ['agreement', 'lawsuit-filed', 'abandoned'],
  currency: 'MXN',
  amounts: { claimed: '15500.00', agreed: null, awarded: null, received: null, outstanding: null },
  dates: { conciliationFiledOn: '2026-11-02', agreementOn: null, judgmentOn: null },
  hearings: [],
  createdAt: '2026-11-02T17:00:00.000Z',
  createdBy: 'ana',
  updatedAt: '2026-11-02T17:00:00.000Z',
  version: 3,
};

describe('recording a labour-justice claim', () => {
  it('sends the claim with its amounts as decimal strings in the currency', () => {
    const draft = { ...emptyClaimDraft('MXN'), employer: ' Constructora del Norte ', claimType: 'unpaid-wages' as const, amounts: { claimed: '15,500.50', agreed: '', awarded: '', received: '' } };
    expect(newClaimBody(draft, es, today)).toEqual({
      ok: true,
      body: { employer: 'Constructora del Norte', claimType: 'unpaid-wages', authority: 'conciliation-centre', status: 'preparing', currency: 'MXN', amounts: { claimed: '15500.50' } },
    });
  });

  it('asks for the agreed amount of a claim recorded as already agreed', () => {
    const draft = { ...emptyClaimDraft('MXN'), employer: 'X', claimType: 'wage-theft' as const, status: 'agreement' as const };
    expect(newClaimBody(draft, es, today)).toEqual({ ok: false, errors: { 'amounts.agreed': { key: 'error.amountRequiredForStatus' } } });
  });

  it('refuses a key date still to come, an unreadable amount and a made-up currency', () => {
    const draft = {
      ...emptyClaimDraft('pesos'),
      employer: 'X',
      claimType: 'other' as const,
      amounts: { claimed: 'quince mil', agreed: '', awarded: '', received: '' },
      dates: { conciliationFiledOn: '2026-12-01', agreementOn: '', judgmentOn: '' },
    };
    expect(newClaimBody(draft, es, today)).toEqual({
      ok: false,
      errors: { currency: { key: 'error.currency' }, 'amounts.claimed': { key: 'error.amountFormat' }, 'dates.conciliationFiledOn': { key: 'error.dayInFuture' } },
    });
  });
});

describe('a claim step', () => {
  it('sends only what changed, at the version seen', () => {
    const draft = { ...claimDraftOf(claim, es), status: 'agreement' as const, amounts: { ...claimDraftOf(claim, es).amounts, agreed: '12000' }, dates: { ...claimDraftOf(claim, es).dates, agreementOn: '2026-11-19' } };
    expect(claimChangeBody(draft, claim, es, today)).toEqual({
      ok: true,
      body: { expectedVersion: 3, status: 'agreement', amounts: { agreed: '12000.00' }, dates: { agreementOn: '2026-11-19' } },
    });
  });

  it('asks for the agreed amount before moving to agreement', () => {
    expect(claimChangeBody({ ...claimDraftOf(claim, es), status: 'agreement' }, claim, es, today)).toEqual({ ok: false, errors: { 'amounts.agreed': { key: 'error.amountRequiredForStatus' } } });
  });

  it('only moves to a status the claim may go to', () => {
    expect(claimChangeBody({ ...claimDraftOf(claim, es), status: 'paid' }, claim, es, today)).toEqual({ ok: false, errors: { status: { key: 'error.required' } } });
  });

  it('says so when nothing changed', () => {
    expect(claimChangeBody(claimDraftOf(claim, es), claim, es, today)).toEqual({ ok: false, errors: { form: { key: 'error.nothingChanged' } } });
  });
});

describe('hearings', () => {
  it('adds a hearing ahead without an outcome', () => {
    expect(hearingBody({ on: '2026-12-03', kind: 'conciliation', outcome: '' }, claim, today)).toEqual({ ok: true, body: { on: '2026-12-03', kind: 'conciliation', expectedVersion: 3 } });
  });

  it('takes an outcome only for a hearing already held', () => {
    expect(hearingBody({ on: '2026-12-03', kind: 'conciliation', outcome: 'held' }, claim, today)).toEqual({ ok: false, errors: { on: { key: 'error.dayInFuture' } } });
    expect(awaitsOutcome({ id: 'h', on: '2026-11-20', kind: 'trial', outcome: null }, today)).toBe(true);
    expect(awaitsOutcome({ id: 'h', on: '2026-11-21', kind: 'trial', outcome: null }, today)).toBe(false);
  });
});
