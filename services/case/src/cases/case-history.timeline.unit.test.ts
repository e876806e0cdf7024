import { TestCentreKeys } from '@corredor/service-kit/testing';
import { MemoryOutbox } from '@corredor/persistence';
import type { Principal } from '@corredor/service-kit';
import { assignCase, closeCase, openCase, reopenCase, type Case, type CaseDecision, type DecisionContext } from './case.domain';
import { caseHistoryTimeline } from './case-history.timeline';
import { MemoryCaseRepository } from './case.repository.memory';
import { saveDecision } from './change-case.use-case';

describe("a case's status and assignment history, as a timeline source", () => {
  it('gives status changes and assignments newest first, by who made them, a page at a time, within the centre', async () => {
    const cases = new MemoryCaseRepository(new MemoryOutbox(), new TestCentreKeys());
    const deps = { cases, clock: () => new Date(), outboxWritten: () => {} };
    let current: Case | null = null;
    const apply = async (at: string, actor: string, decide: (kase: Case, context: DecisionContext) => CaseDecision) => {
      const context = { now: new Date(at), actor };
      if (!current) throw new Error('no case');
      const decision = await saveDecision(deps, current, decide(current, context), { ...context, correlationId: 'r', causationId: 'r' });
      current = decision.case;
    };
    const opened = openCase(
      {
        personId: '22222222-0000-4000-8000-000000000001',
        intakeId: '11111111-0000-4000-8000-000000000001',
        alias: 'Marie',
        profile: { sex: 'female', ageBand: '30-44', nationality: 'HT', languages: ['ht'] },
        riskFlags: [],
        countInStatistics: true,
        migratoryStatus: null,
        returning: false,
      },
      { now: new Date('2026-11-23T15:00:00.000Z'), actor: 'ana', caseId: '00000000-0000-4000-8000-000000000001', tenant: 'tijuana' },
    );
    current = (await saveDecision(deps, null, opened, { now: new Date('2026-11-23T15:00:00.000Z'), actor: 'ana', correlationId: 'r', causationId: 'r' })).case;
    await apply('2026-11-23T16:00:00.000Z', 'coord', (kase, context) => assignCase(kase, { assignee: 'prom' }, context));
    await apply('2026-11-23T17:00:00.000Z', 'prom', (kase, context) => closeCase(kase, { outcome: 'resolved', signedOffBy: null }, context));
    await apply('2026-11-23T18:00:00.000Z', 'law', (kase, context) => reopenCase(kase, { ...context, reopensTransferred: false }));

    const timeline = caseHistoryTimeline(cases);
    const viewer: Principal = { kind: 'staff', userId: 'interp', centre: 'tijuana', roles: ['interpreter'] };
    const query = { tenant: 'tijuana', caseId: opened.case.id, before: null, limit: 10, viewer };
    const entries = await timeline.entries(query);
    expect(entries.map((e) => [e.kind, e.by, e.at.toISOString(), e.detail['change'] ?? e.detail['to']])).toEqual([
      ['status', 'law', '2026-11-23T18:00:00.000Z', 'reopened'],
      ['status', 'prom', '2026-11-23T17:00:00.000Z', 'closed'],
      ['assignment', 'coord', '2026-11-23T16:00:00.000Z', 'prom'],
      ['status', 'ana', '2026-11-23T15:00:00.000Z', 'opened'],
    ]);
    expect(entries[1]?.detail).toEqual({ change: 'closed', from: 'open', to: 'closed', outcome: 'resolved', priority: 'normal' });
    expect(entries.every((e) => /^(status|assignment):/.test(e.id))).toBe(true);
    const closed = entries[1];
    if (!closed) throw new Error('no entry');
    expect((await timeline.entries({ ...query, before: [closed.at, closed.id], limit: 1 })).map((e) => e.kind)).toEqual(['assignment']);
    expect(await timeline.entries({ ...query, tenant: 'tapachula', viewer: { ...viewer, centre: 'tapachula' } })).toEqual([]);
  });
});
