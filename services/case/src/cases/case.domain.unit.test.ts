import { CASE_STATUSES, DomainError, type CaseStatus, type RiskFlag } from '@corredor/contracts';
import {
  activateCase,
  assignCase,
  attachIntake,
  closeCase,
  countInStatistics,
  decideClosure,
  factsOfIntake,
  mergeFlags,
  openCase,
  priorityOf,
  rejectClosure,
  reopenCase,
  requestClosure,
  signOffClosure,
  type Case,
  type CaseDecision,
  type DecisionContext,
  type OpenCaseFacts,
} from './case.domain';
import { aCase } from './case.repository.contract';

const now = new Date('2026-11-23T15:00:00.000Z');
const ctx: DecisionContext = { now, actor: 'ana' };
const documentsWithheld: RiskFlag = { screen: 'trafficking-forced-labour', flag: 'trafficking.documents-withheld', level: 'high' };
const shelter: RiskFlag = { screen: 'urgent-basic-needs', flag: 'basic-needs.shelter', level: 'medium' };
const notInSchool: RiskFlag = { screen: 'child-protection', flag: 'child.not-in-school', level: 'low' };

function caseIn(status: CaseStatus, overrides: Partial<Case> = {}): Case {
  const closure = status === 'closed' ? { outcome: 'resolved' as const, closedBy: 'luis', signedOffBy: null } : null;
  return aCase({ status, closure, closedAt: status === 'closed' ? new Date('2026-11-20T10:00:00Z') : null, ...overrides });
}

function refusal(decide: () => unknown): string | null {
  try {
    decide();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return `${error.kind}:${error.code}`;
    throw error;
  }
}

const pending = { outcome: 'withdrawn' as const, requestedBy: 'luis', requestedAt: new Date('2026-11-22T10:00:00Z') };

/** Every lifecycle action, as a decision on a case in a given status. */
const ACTIONS: Record<string, (kase: Case) => CaseDecision> = {
  activate: (kase) => activateCase(kase, ctx),
  close: (kase) => closeCase(kase, { outcome: 'resolved', signedOffBy: null }, ctx),
  'request closure': (kase) => requestClosure({ ...kase, priority: 'high' }, { outcome: 'lost-contact' }, ctx),
  'sign off': (kase) => signOffClosure({ ...kase, pendingClosure: kase.status === 'closed' ? null : pending }, ctx),
  'reject closure': (kase) => rejectClosure({ ...kase, pendingClosure: kase.status === 'closed' ? null : pending }, ctx),
  reopen: (kase) => reopenCase(kase, { ...ctx, reopensTransferred: false }),
  assign: (kase) => assignCase(kase, { assignee: 'marta' }, ctx),
  'attach intake': (kase) => attachIntake(kase, { intakeId: '99999999-0000-4000-8000-000000000001', riskFlags: [], migratoryStatus: null }, ctx),
};

/** What each action does from each status: the status it leads to, or the refusal. */
const EXPECTED: Record<string, Record<CaseStatus, string>> = {
  activate: { open: 'active', active: 'conflict:CASE.INVALID_TRANSITION', closed: 'conflict:CASE.ALREADY_CLOSED' },
  close: { open: 'closed', active: 'closed', closed: 'conflict:CASE.ALREADY_CLOSED' },
  'request closure': { open: 'open', active: 'active', closed: 'conflict:CASE.ALREADY_CLOSED' },
  'sign off': { open: 'closed', active: 'closed', closed: 'conflict:CASE.ALREADY_CLOSED' },
  'reject closure': { open: 'open', active: 'active', closed: 'conflict:CASE.ALREADY_CLOSED' },
  reopen: { open: 'conflict:CASE.INVALID_TRANSITION', active: 'conflict:CASE.INVALID_TRANSITION', closed: 'active' },
  assign: { open: 'open', active: 'active', closed: 'conflict:CASE.ALREADY_CLOSED' },
  'attach intake': { open: 'open', active: 'active', closed: 'active' },
};

describe('the case lifecycle', () => {
  const table = Object.keys(ACTIONS).flatMap((action) => CASE_STATUSES.map((status) => [action, status] as const));

  it.each(table)('%s from %s', (action, status) => {
    const decide = ACTIONS[action];
    if (!decide) throw new Error(action);
    const current = caseIn(status);
    const expected = EXPECTED[action]?.[status];
    let outcome: string;
    try {
      const decision = decide(current);
      outcome = decision.case.status;
      expect(decision.case.version).toBe(current.version + 1);
      expect(current.status).toBe(status);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      outcome = `${error.kind}:${error.code}`;
    }
    expect(outcome).toBe(expected);
  });
});

describe('opening a case', () => {
  const facts = {
    personId: '22222222-0000-4000-8000-000000000001',
    intakeId: '11111111-0000-4000-8000-000000000001',
    alias: 'Marie',
    profile: { sex: 'female' as const, ageBand: '30-44' as const, nationality: 'HT' as const, languages: ['ht', 'fr'] },
    countInStatistics: true,
    migratoryStatus: 'asylum-seeker' as const,
    returning: false,
  };
  const open = (riskFlags: RiskFlag[], more: Partial<OpenCaseFacts> = {}) =>
    openCase({ ...facts, riskFlags, ...more }, { ...ctx, caseId: '00000000-0000-4000-8000-00000000aaaa', tenant: 'tijuana' });

  it('opens an unflagged case at normal priority and announces it, with no risk-flagged event', () => {
    const decision = open([]);
    expect(decision.case).toMatchObject({ status: 'open', priority: 'normal', intakeIds: [facts.intakeId], assignee: null, version: 1, openedAt: now });
    expect(decision.events).toEqual([
      {
        type: 'case.opened',
        data: {
          caseId: decision.case.id,
          intakeId: facts.intakeId,
          personId: facts.personId,
          openedAt: now.toISOString(),
          priority: 'normal',
          riskFlags: [],
          countInStatistics: true,
          profile: facts.profile,
          migratoryStatus: 'asylum-seeker',
          returning: false,
        },
      },
    ]);
    expect(decision.history).toEqual([{ kind: 'status', change: 'opened', from: null, to: 'open', outcome: null, priority: 'normal' }]);
  });

  it('announces a returning person and a migratory situation not passed on as they are, without keeping either on the case', () => {
    const decision = open([], { returning: true, migratoryStatus: null });
    expect(decision.events[0]).toMatchObject({ type: 'case.opened', data: { returning: true, migratoryStatus: null } });
    expect(decision.case).not.toHaveProperty('returning');
    expect(decision.case).not.toHaveProperty('migratoryStatus');
  });

  it('takes its priority from the highest medium or high flag and raises the flags (a high one alerts coordinators)', () => {
    expect(open([notInSchool]).case.priority).toBe('normal');
    expect(open([notInSchool, shelter]).case.priority).toBe('medium');
    const high = open([shelter, documentsWithheld]);
    expect(high.case.priority).toBe('high');
    expect(high.events).toEqual([
      expect.objectContaining({ type: 'case.opened', data: expect.objectContaining({ priority: 'high', riskFlags: [shelter, documentsWithheld] }) }),
      { type: 'case.risk-flagged', data: { caseId: high.case.id, flags: [shelter, documentsWithheld], priority: 'high', flaggedAt: now.toISOString() } },
    ]);
  });

  it('reads an intake: the first nationality, the preferred language first, statistics consent, an age band, the migratory status, returning', () => {
    const facts = factsOfIntake(
      {
        intakeId: '11111111-0000-4000-8000-000000000001',
        personId: '22222222-0000-4000-8000-000000000001',
        returning: true,
        caseAction: 'open-new',
        alias: 'Marie',
        sex: 'female',
        yearOfBirth: 2010,
        nationalities: ['stateless', 'HT'],
        languages: ['fr', 'ht'],
        preferredLanguage: 'ht',
        needsInterpreter: true,
        riskFlags: [notInSchool],
        consents: [{ purpose: 'store-data' }],
        migratoryStatus: 'tvrh',
        interviewedBy: 'ana',
        submittedAt: now.toISOString(),
      },
      now,
    );
    expect(facts).toMatchObject({
      countInStatistics: false,
      riskFlags: [notInSchool],
      profile: { nationality: 'stateless', languages: ['ht', 'fr'], ageBand: '12-17' },
      migratoryStatus: 'tvrh',
      returning: true,
    });
  });
});

describe('risk flags and priority', () => {
  it.each([
    [[], 'normal'],
    [[notInSchool], 'normal'],
    [[notInSchool, shelter], 'medium'],
    [[shelter, documentsWithheld], 'high'],
  ] as const)('%j → %s', (flags, priority) => {
    expect(priorityOf(flags)).toBe(priority);
  });

  it('adds only flag codes not held, or held at a lower level', () => {
    const raised = { ...shelter, level: 'high' as const };
    expect(mergeFlags([shelter, notInSchool], [shelter, { ...notInSchool, level: 'low' }, documentsWithheld, raised])).toEqual({
      flags: [raised, notInSchool, documentsWithheld],
      added: [documentsWithheld, raised],
    });
    expect(mergeFlags([documentsWithheld], [{ ...documentsWithheld, level: 'medium' }])).toEqual({ flags: [documentsWithheld], added: [] });
  });
});

describe('closing, and the sign-off of high-priority cases', () => {
  const high = caseIn('active', { priority: 'high', riskFlags: [documentsWithheld] });

  it('closes with an outcome: status-changed then closed', () => {
    const decision = closeCase(caseIn('active'), { outcome: 'referred', signedOffBy: null }, ctx);
    expect(decision.case).toMatchObject({ status: 'closed', closedAt: now, closure: { outcome: 'referred', closedBy: 'ana', signedOffBy: null } });
    expect(decision.events).toEqual([
      { type: 'case.status-changed', data: { caseId: decision.case.id, from: 'active', to: 'closed', reason: 'closed', changedAt: now.toISOString() } },
      { type: 'case.closed', data: { caseId: decision.case.id, outcome: 'referred', closedAt: now.toISOString() } },
    ]);
  });

  it('refuses to close a high-priority case without sign-off, except as transferred', () => {
    expect(refusal(() => closeCase(high, { outcome: 'resolved', signedOffBy: null }, ctx))).toBe('conflict:CASE.SIGN_OFF_REQUIRED');
    expect(closeCase(high, { outcome: 'transferred', signedOffBy: null }, ctx).case.status).toBe('closed');
  });

  it("a coordinator's closure is the sign-off; anyone else's asks for one", () => {
    const byCoordinator = decideClosure(high, { outcome: 'resolved' }, { ...ctx, actor: 'coord', actorSignsOff: true });
    expect(byCoordinator).toMatchObject({ result: 'closed', case: { status: 'closed', closure: { outcome: 'resolved', closedBy: 'coord', signedOffBy: 'coord' } } });
    expect(byCoordinator.events.map((e) => e.type)).toEqual(['case.status-changed', 'case.closed']);
    const normal = decideClosure(caseIn('open'), { outcome: 'resolved' }, { ...ctx, actorSignsOff: true });
    expect(normal.case.closure).toEqual({ outcome: 'resolved', closedBy: 'ana', signedOffBy: null });

    const asked = decideClosure(high, { outcome: 'lost-contact' }, { ...ctx, actor: 'luis', actorSignsOff: false });
    expect(asked).toMatchObject({ result: 'closure-requested', case: { status: 'active', pendingClosure: { outcome: 'lost-contact', requestedBy: 'luis', requestedAt: now } } });
    expect(asked.events).toEqual([
      { type: 'case.closure-requested', data: { caseId: high.id, outcome: 'lost-contact', priority: 'high', requestedAt: now.toISOString() } },
    ]);
    expect(decideClosure(caseIn('open'), { outcome: 'resolved' }, { ...ctx, actorSignsOff: false }).result).toBe('closed');
    expect(refusal(() => decideClosure(asked.case, { outcome: 'withdrawn' }, { ...ctx, actorSignsOff: false }))).toBe('conflict:CASE.CLOSURE_PENDING');
    expect(refusal(() => requestClosure(caseIn('open'), { outcome: 'resolved' }, ctx))).toBe('conflict:CASE.SIGN_OFF_NOT_REQUIRED');

    const signed = signOffClosure(asked.case, { ...ctx, actor: 'coord' });
    expect(signed.case).toMatchObject({ status: 'closed', pendingClosure: null, closure: { outcome: 'lost-contact', closedBy: 'luis', signedOffBy: 'coord' } });
    expect(signed.events.map((e) => e.type)).toEqual(['case.status-changed', 'case.closed']);

    const rejected = rejectClosure(asked.case, { ...ctx, actor: 'coord' });
    expect(rejected).toMatchObject({ events: [], case: { status: 'active', pendingClosure: null }, history: [{ change: 'closure-rejected', outcome: 'lost-contact' }] });
    expect(refusal(() => signOffClosure(high, ctx))).toBe('conflict:CASE.NO_CLOSURE_PENDING');
    expect(refusal(() => rejectClosure(high, ctx))).toBe('conflict:CASE.NO_CLOSURE_PENDING');
  });

  it('reopens a closed case as active, keeping the closure only in the history', () => {
    const decision = reopenCase(caseIn('closed'), { ...ctx, reopensTransferred: false });
    expect(decision.case).toMatchObject({ status: 'active', closure: null, closedAt: null, reopenedAt: now });
    expect(decision.events).toEqual([{ type: 'case.status-changed', data: expect.objectContaining({ from: 'closed', to: 'active', reason: 'reopened' }) }]);
  });
});

describe('reopening a transferred case', () => {
  const transferred = () => caseIn('closed', { closure: { outcome: 'transferred', closedBy: null, signedOffBy: null } });

  it('is for a coordinator only: the case goes on at the centre that accepted it', () => {
    expect(refusal(() => reopenCase(transferred(), { ...ctx, reopensTransferred: false }))).toBe('forbidden:CASE.TRANSFERRED_REOPEN_COORDINATOR_ONLY');
    expect(reopenCase(transferred(), { ...ctx, actor: 'coord', reopensTransferred: true }).case).toMatchObject({ status: 'active', closure: null });
  });
});

describe('the statistics consent', () => {
  it('follows a withdrawal and a later consent, in the history and without an event, whatever the status', () => {
    for (const status of CASE_STATUSES) {
      const counted = caseIn(status, { countInStatistics: true });
      const withdrawn = countInStatistics(counted, { counted: false }, { ...ctx, actor: null });
      expect(withdrawn).toEqual({ case: { ...counted, countInStatistics: false, version: counted.version + 1 }, events: [], history: [{ kind: 'consent', purpose: 'statistics', given: false }] });
      const given = countInStatistics(withdrawn.case, { counted: true }, ctx);
      expect(given.case).toMatchObject({ countInStatistics: true, status, version: counted.version + 2 });
      expect(given.history).toEqual([{ kind: 'consent', purpose: 'statistics', given: true }]);
    }
  });

  it('changes nothing when the case already agrees', () => {
    const counted = caseIn('open', { countInStatistics: true });
    expect(countInStatistics(counted, { counted: true }, ctx).case).toBe(counted);
  });
});

describe('assignment', () => {
  it('assigns and announces it; unassigning is only in the history; the same assignee changes nothing', () => {
    const kase = caseIn('open');
    const assigned = assignCase(kase, { assignee: 'marta' }, { ...ctx, actor: 'coord' });
    expect(assigned.events).toEqual([{ type: 'case.assigned', data: { caseId: kase.id, assignee: 'marta', assignedBy: 'coord', assignedAt: now.toISOString() } }]);
    expect(assigned.history).toEqual([{ kind: 'assignment', from: null, to: 'marta' }]);
    const unassigned = assignCase(assigned.case, { assignee: null }, ctx);
    expect(unassigned).toMatchObject({ events: [], history: [{ kind: 'assignment', from: 'marta', to: null }], case: { assignee: null } });
    expect(assignCase(assigned.case, { assignee: 'marta' }, ctx).case).toBe(assigned.case);
  });
});

describe("a returning person's new intake", () => {
  const intakeId = '99999999-0000-4000-8000-000000000002';

  it('reopens a closed case (returning-person), announces the intake with its migratory status, and raises only the new flags, priority only going up', () => {
    const closed = caseIn('closed', { riskFlags: [shelter], priority: 'medium' });
    const decision = attachIntake(closed, { intakeId, riskFlags: [shelter, documentsWithheld], migratoryStatus: 'tvrh' }, ctx);
    expect(decision.case).toMatchObject({ status: 'active', priority: 'high', closure: null, reopenedAt: now, intakeIds: [...closed.intakeIds, intakeId], riskFlags: [shelter, documentsWithheld] });
    expect(decision.events).toEqual([
      { type: 'case.status-changed', data: expect.objectContaining({ from: 'closed', to: 'active', reason: 'returning-person' }) },
      { type: 'case.intake-attached', data: { caseId: closed.id, intakeId, migratoryStatus: 'tvrh', attachedAt: now.toISOString() } },
      { type: 'case.risk-flagged', data: expect.objectContaining({ flags: [documentsWithheld], priority: 'high' }) },
    ]);
  });

  it('withdraws a closure waiting for sign-off, and says so in the history', () => {
    const waiting = caseIn('active', { riskFlags: [documentsWithheld], priority: 'high', pendingClosure: pending });
    const decision = attachIntake(waiting, { intakeId, riskFlags: [], migratoryStatus: null }, ctx);
    expect(decision.case).toMatchObject({ status: 'active', pendingClosure: null });
    expect(decision.history).toEqual([
      expect.objectContaining({ change: 'intake-attached', from: 'active', to: 'active' }),
      expect.objectContaining({ change: 'closure-withdrawn', from: 'active', to: 'active', outcome: 'withdrawn' }),
    ]);
    expect(refusal(() => signOffClosure(decision.case, { ...ctx, actor: 'coord' }))).toBe('conflict:CASE.NO_CLOSURE_PENDING');
  });

  it('joins an open case with no status change when it brings no new flag, announcing only the intake, and refuses an intake already attached', () => {
    const open = caseIn('open', { riskFlags: [documentsWithheld], priority: 'high' });
    const decision = attachIntake(open, { intakeId, riskFlags: [{ ...documentsWithheld, level: 'low' }], migratoryStatus: 'irregular' }, ctx);
    expect(decision).toMatchObject({ case: { status: 'open', priority: 'high' }, history: [{ change: 'intake-attached' }] });
    expect(decision.events).toEqual([{ type: 'case.intake-attached', data: { caseId: open.id, intakeId, migratoryStatus: 'irregular', attachedAt: now.toISOString() } }]);
    expect(refusal(() => attachIntake(decision.case, { intakeId, riskFlags: [], migratoryStatus: null }, ctx))).toBe('conflict:CASE.INTAKE_ALREADY_ATTACHED');
  });
});
