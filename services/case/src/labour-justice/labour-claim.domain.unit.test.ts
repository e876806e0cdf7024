import { LABOUR_CLAIM_STATUSES } from '@corredor/contracts';
import { amountOutstanding, canMove, changeClaim, CLAIM_TRANSITIONS, recordClaim, type LabourClaimStatus } from './labour-claim.domain';
import { fromCents, toCents } from './money.domain';

let n = 0;
const context = { id: 'claim-1', tenant: 'tijuana', caseId: 'case-1', by: 'staff-lucia', now: new Date('2026-11-23T15:00:00Z'), newId: () => `step-${(n += 1)}` };

describe('the claim status table', () => {
  it('lists every status, and only known ones', () => {
    expect(Object.keys(CLAIM_TRANSITIONS).sort()).toEqual([...LABOUR_CLAIM_STATUSES].sort());
    for (const targets of Object.values(CLAIM_TRANSITIONS)) for (const target of targets) expect(LABOUR_CLAIM_STATUSES).toContain(target);
  });

  it('reaches every status from preparing, and ends only at paid, dismissed and abandoned', () => {
    const queue: LabourClaimStatus[] = ['preparing'];
    const reached = new Set(queue);
    for (let status = queue.shift(); status; status = queue.shift()) {
      for (const next of CLAIM_TRANSITIONS[status]) {
        if (reached.has(next)) continue;
        reached.add(next);
        queue.push(next);
      }
    }
    expect([...reached].sort()).toEqual([...LABOUR_CLAIM_STATUSES].sort());
    expect(LABOUR_CLAIM_STATUSES.filter((status) => CLAIM_TRANSITIONS[status].length === 0).sort()).toEqual(['abandoned', 'dismissed', 'paid']);
  });

  it.each([
    ['preparing', 'conciliation-filed', true],
    ['preparing', 'lawsuit-filed', true],
    ['preparing', 'agreement', false],
    ['in-conciliation', 'lawsuit-filed', true],
    ['lawsuit-filed', 'agreement', true],
    ['in-trial', 'awarded', true],
    ['awarded', 'paid', true],
    ['agreement', 'awarded', false],
    ['paid', 'in-trial', false],
    ['dismissed', 'preparing', false],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(canMove(from, to)).toBe(allowed);
    const { claim } = recordClaim({ employer: 'E', claimType: 'wage-theft', authority: 'conciliation-centre', currency: 'MXN', status: from, amounts: { agreed: '1', awarded: '1', received: '1' } }, context);
    const change = () => changeClaim(claim, { status: to }, context);
    if (allowed) expect(change().claim.status).toBe(to);
    else expect(change).toThrow(expect.objectContaining({ code: 'CASE.CLAIM_INVALID_TRANSITION' }));
  });
});

describe('claim amounts', () => {
  it.each([
    ['0', 0],
    ['0.5', 50],
    ['0.05', 5],
    ['1500', 150000],
    ['1500.50', 150050],
    ['999999999999.99', 99999999999999],
  ])('%s is %i cents', (amount, cents) => {
    expect(toCents(amount)).toBe(cents);
    expect(toCents(fromCents(cents))).toBe(cents);
  });

  it('writes cents with two decimals', () => {
    expect([fromCents(0), fromCents(5), fromCents(150050), fromCents(99999999999999)]).toEqual(['0.00', '0.05', '1500.50', '999999999999.99']);
  });

  it('owes the award over the agreement, less what was received, never below zero', () => {
    expect(amountOutstanding({ claimed: 100, agreed: null, awarded: null, received: 50 })).toBeNull();
    expect(amountOutstanding({ claimed: 100, agreed: 80, awarded: null, received: 30 })).toBe(50);
    expect(amountOutstanding({ claimed: 100, agreed: 80, awarded: 120, received: 30 })).toBe(90);
    expect(amountOutstanding({ claimed: 100, agreed: 80, awarded: null, received: 95 })).toBe(0);
  });

});

describe('claim history', () => {
  it('records the steps a change makes: status, amounts and details, each once', () => {
    const { claim, steps } = recordClaim({ employer: 'E', claimType: 'wage-theft', authority: 'conciliation-centre', currency: 'MXN', amounts: { claimed: '100' } }, context);
    expect(steps.map((step) => step.change)).toEqual([
      { kind: 'created', claimType: 'wage-theft', authority: 'conciliation-centre', status: 'preparing' },
      { kind: 'amounts-changed', currency: 'MXN', amounts: { claimed: '100.00' } },
    ]);
    const changed = changeClaim(claim, { status: 'conciliation-filed', authority: 'conciliation-centre', employer: 'F', amounts: { claimed: '100.00' }, dates: { conciliationFiledOn: '2026-11-20' } }, context);
    expect(changed.steps.map((step) => step.change)).toEqual([
      { kind: 'status-changed', from: 'preparing', to: 'conciliation-filed' },
      { kind: 'details-changed', fields: ['employer', 'dates.conciliationFiledOn'] },
    ]);
    expect(changeClaim(claim, { employer: 'E', amounts: { claimed: '100' } }, context)).toEqual({ claim, steps: [] });
  });
});
