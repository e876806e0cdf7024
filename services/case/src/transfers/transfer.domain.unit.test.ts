import { acceptTransfer, cancelByOrigin, cancelTransfer, declineTransfer, requestTransfer, sideOf, TRANSFER_STATUSES, type RequestTransfer, type Transfer } from './transfer.domain';

const now = new Date('2026-11-23T15:00:00.000Z');
const command = (overrides: Partial<RequestTransfer> = {}): RequestTransfer => ({
  kase: { id: '11111111-0000-4000-8000-000000000001', personId: '22222222-0000-4000-8000-000000000001', closed: false, priority: 'high', languages: ['ht'] },
  toCentre: 'tapachula',
  reason: null,
  target: { status: 'active' },
  consented: true,
  acceptedThereBefore: false,
  ...overrides,
});
const context = { transferId: '44444444-0000-4000-8000-000000000001', fromCentre: 'tijuana', userId: 'ana', now };
const pending = (): Transfer => requestTransfer(command(), context);
const ids = { newCaseId: '55555555-0000-4000-8000-000000000001', newPersonId: '66666666-0000-4000-8000-000000000001' };
const bothActive = { originActive: true, receiverActive: true };
const answer = { userId: 'luis', now };

const code = (work: () => unknown): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('requesting a transfer', () => {
  it('takes the priority and languages of the case and waits for an answer, one per case', () => {
    expect(pending()).toMatchObject({ status: 'requested', priority: 'high', languages: ['ht'], fromCentre: 'tijuana', toCentre: 'tapachula', pendingCaseId: command().kase.id });
  });

  it.each([
    ['a closed case', command({ kase: { ...command().kase, closed: true } }), 'CASE.ALREADY_CLOSED'],
    ['no consent', command({ consented: false }), 'CASE.TRANSFER_CONSENT_MISSING'],
    ['an unknown centre', command({ target: undefined }), 'CASE.TRANSFER_TARGET_UNAVAILABLE'],
    ['a suspended centre', command({ target: { status: 'suspended' } }), 'CASE.TRANSFER_TARGET_UNAVAILABLE'],
    ['an archived centre', command({ target: { status: 'archived' } }), 'CASE.TRANSFER_TARGET_UNAVAILABLE'],
    ['its own centre', command({ toCentre: 'tijuana' }), 'CASE.TRANSFER_TARGET_UNAVAILABLE'],
    ['a centre that already accepted the person', command({ acceptedThereBefore: true }), 'CASE.TRANSFER_ALREADY_ACCEPTED'],
  ])('is refused for %s', (_what, refused, expected) => {
    expect(code(() => requestTransfer(refused, context))).toBe(expected);
  });
});

describe('the transfer lifecycle', () => {
  const moves = {
    accepted: (t: Transfer) => acceptTransfer(t, { consented: true, originOpen: true, ...bothActive, ...ids }, answer),
    declined: (t: Transfer) => declineTransfer(t, 'no-capacity', answer),
    cancelled: (t: Transfer) => cancelTransfer(t, 'consent-withdrawn', now),
    'cancelled by the origin': (t: Transfer) => cancelByOrigin(t, { centre: 'tijuana', userId: 'ana', now }),
  } as const;

  it.each(Object.keys(moves) as Array<keyof typeof moves>)('moves a pending transfer to %s, freeing the case for another request', (move) => {
    expect(moves[move](pending())).toMatchObject({ status: move === 'cancelled by the origin' ? 'cancelled' : move, pendingCaseId: null });
  });

  it.each(TRANSFER_STATUSES.filter((s) => s !== 'requested'))('moves a %s transfer nowhere', (status) => {
    const settled = { ...pending(), status, pendingCaseId: null };
    for (const move of Object.values(moves)) expect(code(() => move(settled))).toBe('CASE.TRANSFER_NOT_PENDING');
  });

  it('refuses to accept without the consent, or once the origin closed the case', () => {
    expect(code(() => acceptTransfer(pending(), { consented: false, originOpen: true, ...bothActive, ...ids }, answer))).toBe('CASE.TRANSFER_CONSENT_WITHDRAWN');
    expect(code(() => acceptTransfer(pending(), { consented: true, originOpen: false, ...bothActive, ...ids }, answer))).toBe('CASE.TRANSFER_NOT_PENDING');
  });

  it('refuses to accept unless both centres are active', () => {
    expect(code(() => acceptTransfer(pending(), { consented: true, originOpen: true, originActive: false, receiverActive: true, ...ids }, answer))).toBe('CASE.TRANSFER_ORIGIN_UNAVAILABLE');
    expect(code(() => acceptTransfer(pending(), { consented: true, originOpen: true, originActive: true, receiverActive: false, ...ids }, answer))).toBe('CASE.TRANSFER_TARGET_UNAVAILABLE');
  });

  it('marks an accepted transfer with its receiving centre, the key of one acceptance per person and centre', () => {
    expect(acceptTransfer(pending(), { consented: true, originOpen: true, ...bothActive, ...ids }, answer)).toMatchObject({ acceptedToCentre: 'tapachula' });
    expect(pending().acceptedToCentre).toBeNull();
  });

  it('lets only the origin cancel, naming who did', () => {
    expect(cancelByOrigin(pending(), { centre: 'tijuana', userId: 'ana', now })).toMatchObject({ status: 'cancelled', cancelReason: 'origin-cancelled', cancelledBy: 'ana', cancelledAt: now });
    expect(code(() => cancelByOrigin(pending(), { centre: 'tapachula', userId: 'luis', now }))).toBe('CASE.TRANSFER_NOT_ORIGIN');
  });

  it('tells the origin from the receiver and from anyone else', () => {
    expect([sideOf(pending(), 'tijuana'), sideOf(pending(), 'tapachula'), sideOf(pending(), 'motozintla')]).toEqual(['outgoing', 'incoming', null]);
  });
});
