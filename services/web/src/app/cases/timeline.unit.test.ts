import type { TimelineEntry } from './case-api.types';
import { timelineItem, timelineItems } from './timeline';

const at = '2026-11-20T17:00:00.000Z';
const entry = (kind: TimelineEntry['kind'], detail: Record<string, unknown>, id = `${kind}:1`): TimelineEntry => ({ id, kind, at, by: 'ana', detail });

describe('timeline entries as sentences', () => {
  it('tells a closure with its outcome label', () => {
    const item = timelineItem(entry('status', { change: 'closed', from: 'active', to: 'closed', outcome: 'resolved', priority: 'high' }));
    expect(item).toMatchObject({ message: 'timeline.status.closed', values: { outcome: { label: 'outcome.resolved' } }, by: 'ana', at });
  });

  it('tells a closure waiting for sign-off apart from a closure', () => {
    expect(timelineItem(entry('status', { change: 'closure-requested', from: 'active', to: 'active', outcome: 'lost-contact', priority: 'high' })).message).toBe(
      'timeline.status.closure-requested',
    );
  });

  it('tells a case opened with its priority', () => {
    expect(timelineItem(entry('status', { change: 'opened', from: null, to: 'open', outcome: null, priority: 'high' }))).toMatchObject({
      message: 'timeline.status.opened',
      values: { priority: { label: 'priority.high' } },
    });
  });

  it('names the member of staff a case was given to, or nobody', () => {
    expect(timelineItem(entry('assignment', { from: null, to: 'luis' }))).toMatchObject({ message: 'timeline.assignment.to', values: { staff: { staff: 'luis' } } });
    expect(timelineItem(entry('assignment', { from: 'luis', to: null })).message).toBe('timeline.assignment.none');
  });

  it('tells a service recorded with its type and day, and a voided one with its reason', () => {
    expect(timelineItem(entry('service', { event: 'recorded', type: 'accompaniment', deliveredOn: '2026-11-19' }))).toMatchObject({
      message: 'timeline.service.recorded',
      values: { type: { label: 'serviceType.accompaniment' }, day: { day: '2026-11-19' } },
    });
    expect(timelineItem(entry('service', { event: 'voided', type: 'interpretation', reason: 'wrong case' }))).toMatchObject({
      message: 'timeline.service.voided',
      values: { reason: { text: 'wrong case' } },
    });
  });

  it('lists the claim amounts changed in their currency, a cleared one as null', () => {
    const item = timelineItem(entry('labour-claim', { claimId: 'c', step: 'amounts-changed', currency: 'MXN', amounts: { claimed: '15500.00', agreed: null } }));
    expect(item).toMatchObject({
      message: 'timeline.claim.amounts-changed',
      values: {
        amounts: {
          currency: 'MXN',
          amounts: [
            { label: 'amount.claimed', amount: '15500.00' },
            { label: 'amount.agreed', amount: null },
          ],
        },
      },
    });
  });

  it('tells claim status changes and hearings', () => {
    expect(timelineItem(entry('labour-claim', { step: 'status-changed', from: 'preparing', to: 'conciliation-filed' }))).toMatchObject({
      values: { from: { label: 'claimStatus.preparing' }, to: { label: 'claimStatus.conciliation-filed' } },
    });
    expect(timelineItem(entry('labour-claim', { step: 'hearing-added', on: '2026-12-01', hearingKind: 'conciliation', outcome: null }))).toMatchObject({
      message: 'timeline.claim.hearing-added',
      values: { hearingKind: { label: 'hearingKind.conciliation' }, day: { day: '2026-12-01' } },
    });
  });

  it("shows a note's beginning, marked when restricted", () => {
    const item = timelineItem(entry('note', { noteId: 'n', visibility: 'restricted', corrects: null, excerpt: 'She fears the employer', truncated: true }));
    expect(item.message).toBe('timeline.note.restricted');
    expect(item.excerpt).toEqual({ text: 'She fears the employer', truncated: true, restricted: true });
  });

  it('tells tasks by their title', () => {
    expect(timelineItem(entry('task', { event: 'created', kind: 'hearing', title: 'Conciliation hearing', dueOn: '2026-12-01' }))).toMatchObject({
      message: 'timeline.task.created',
      values: { title: { text: 'Conciliation hearing' }, day: { day: '2026-12-01' } },
    });
    expect(timelineItem(entry('task', { event: 'done', kind: 'call-back', title: '' }))).toMatchObject({ message: 'timeline.task.done', values: { title: { label: 'taskKind.call-back' } } });
  });

  it('tells transfers from the origin and from the receiving side', () => {
    expect(timelineItem(entry('transfer', { event: 'declined', toCentre: 'tapachula', declineReason: 'no-capacity' }))).toMatchObject({
      message: 'timeline.transfer.declined',
      values: { centre: { text: 'tapachula' }, reason: { label: 'declineReason.no-capacity' } },
    });
    expect(timelineItem(entry('transfer', { event: 'accepted', fromCentre: 'tijuana' })).message).toBe('timeline.transfer.received-accepted');
  });

  it('never shows a code it does not know: the entry reads as "something changed"', () => {
    expect(timelineItem(entry('status', { change: 'teleported', to: 'sideways' })).message).toBe('timeline.other');
    expect(timelineItem(entry('service', { event: 'recorded', type: 'juggling', deliveredOn: '2026-11-19' })).message).toBe('timeline.other');
    expect(timelineItem(entry('labour-claim', { step: 'renamed' })).message).toBe('timeline.other');
  });

  it('joins pages, an entry repeated across pages shown once', () => {
    const first = entry('note', { visibility: 'centre', excerpt: 'a' }, 'note:1');
    const second = entry('note', { visibility: 'centre', excerpt: 'b' }, 'note:2');
    expect(timelineItems([{ items: [first, second] }, { items: [second] }]).map((item) => item.id)).toEqual(['note:1', 'note:2']);
  });
});
