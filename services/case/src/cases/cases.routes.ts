import {
  caseOutcomeSchema,
  casePrioritySchema,
  caseStatusSchema,
  DomainError,
  RISK_SCREENS,
  riskFlagSchema,
  riskScreenSchema,
  staffIdSchema,
  startOfDayAfter,
  type RiskScreen,
  type Role,
} from '@corredor/contracts';
import { decodeCursor, pageQuery, pageSchema, principalOf, toPage, valid, type ApiRoutes, type CentreDirectoryView } from '@corredor/service-kit';
import type { Response } from 'express';
import { z } from 'zod';
import { casePolicy, type CaseAction } from '../case-policy';
import { activateCase, assignCase, decideClosure, rejectClosure, reopenCase, signOffClosure, type Case, type CaseDecision, type DecisionContext } from './case.domain';
import { CASE_SORTS, CURSOR_SCHEMAS, positionOf, type CaseFlagFilter } from './case-list';
import type { ReadAudit } from '../timeline/case-work';
import type { CasesWithDueTasks } from './cases-with-due-tasks.port';
import { caseOfCentre, changeCaseUseCase, type CaseStoreDeps } from './change-case.use-case';
import { caseView, caseViewSchema } from './case.view';

export interface CaseRoutesDeps extends CaseStoreDeps {
  centres: CentreDirectoryView;
  dueTasks: CasesWithDueTasks;
  audit: ReadAudit;
}

/** The task-due filter looks at this many cases at most (the centre's busiest week is far below it). */
export const MAX_TASK_DUE_CASES = 1000;

const TAG = 'Cases';
const params = z.object({ id: z.uuid('not a case id') });
const expectedVersion = z.number().int().positive().meta({ description: 'The version of the case you saw; another change since is a 409 CASE.VERSION_CONFLICT' });
const versionBody = z.strictObject({ expectedVersion });
const closeBody = z.strictObject({ outcome: caseOutcomeSchema, expectedVersion });
const assigneeBody = z.strictObject({
  assignee: staffIdSchema.nullable().meta({ description: 'A staff user id, or null to leave the case to nobody' }),
  expectedVersion,
});

const listQuery = pageQuery({ defaultLimit: 25, maxLimit: 100 }).extend({
  status: caseStatusSchema.optional(),
  priority: casePrioritySchema.optional(),
  assignee: staffIdSchema.optional().meta({ description: "'me', 'none' (nobody holds it) or a staff user id" }),
  flag: z.union([riskScreenSchema, riskFlagSchema.shape.flag], { error: 'must be a risk screen such as "trafficking-forced-labour" or a flag code' }).optional(),
  intake: z.uuid().optional().meta({ description: 'Only the case this intake opened or was attached to (the interview screen finds its case this way)' }),
  taskDue: z.enum(['overdue', 'today', 'week']).optional().meta({ description: "Cases with an open task due: before now, by the end of today or within 7 days (the centre's calendar)" }),
  sort: z.enum(CASE_SORTS).default('newest').meta({ description: 'newest or oldest opened first, or priority: most urgent first, longest waiting first within a priority' }),
});

const isScreen = (flag: string): flag is RiskScreen => (RISK_SCREENS as readonly string[]).includes(flag);

/** The instant before which an open task counts as due, in the centre's calendar. */
function dueBefore(taskDue: 'overdue' | 'today' | 'week', now: Date, timeZone: string): Date {
  if (taskDue === 'overdue') return now;
  return startOfDayAfter(now, taskDue === 'today' ? 1 : 7, timeZone);
}

const caseResponse = { description: 'The case', schema: caseViewSchema };

export function caseRoutes(api: ApiRoutes, deps: CaseRoutesDeps): void {
  /**
   * Every answer that shows cases shows their aliases: one audit entry per case shown, before the
   * answer, so "who saw this person's case" is one query by record id whichever route showed it.
   */
  const shown = async (res: Response, cases: readonly Case[]): Promise<void> => {
    for (const kase of cases) await deps.audit.recordRead(res, { action: 'person.read', record: { type: 'case', id: kase.id }, purpose: 'case-work' });
  };

  /** A change asked by the caller on a case of their centre, at the version they saw. */
  const change = async <D extends CaseDecision>(res: Response, expected: number, decide: (current: Case, context: DecisionContext) => D): Promise<D> => {
    const principal = principalOf(res);
    return changeCaseUseCase(
      deps,
      { tenant: principal.centre, caseId: valid(res, 'params', params).id, actor: principal.userId, expectedVersion: expected, requestId: String(res.locals['requestId']) },
      decide,
    );
  };

  /** A transition whose body is only the version the caller saw: activate, sign off, reject, reopen. */
  const versionedTransition = (
    path: string,
    doc: { summary: string; description?: string; action: CaseAction },
    decide: (current: Case, context: DecisionContext, roles: readonly Role[]) => CaseDecision,
  ) =>
    api.post(
      path,
      {
        summary: doc.summary,
        ...(doc.description ? { description: doc.description } : {}),
        tag: TAG,
        params,
        body: versionBody,
        responses: { 200: caseResponse },
        errors: [409],
      },
      async (_req, res) => {
        const roles = principalOf(res).roles;
        const decision = await change(res, valid(res, 'body', versionBody).expectedVersion, (current, context) => decide(current, context, roles));
        await shown(res, [decision.case]);
        res.json(caseView(decision.case));
      },
    );

  api.get(
    '/cases',
    {
      summary: "The centre's cases for the day's work: filtered, sorted, a page at a time",
      tag: TAG,
      query: listQuery,
      responses: { 200: { description: 'A page of cases', schema: pageSchema(caseViewSchema) } },
    },
    async (_req, res) => {
      const query = valid(res, 'query', listQuery);
      const principal = principalOf(res);
      const tenant = principal.centre;
      const cursor = decodeCursor(query.cursor, CURSOR_SCHEMAS[query.sort]);
      let ids: string[] | undefined;
      if (query.taskDue) {
        const timeZone = deps.centres.timeZoneOf(tenant);
        if (!timeZone) throw new DomainError('CENTRE.UNKNOWN', 'forbidden', 'This centre is not known here.');
        ids = await deps.dueTasks.caseIdsWithOpenTasksDueBefore(tenant, dueBefore(query.taskDue, deps.clock(), timeZone), MAX_TASK_DUE_CASES);
      }
      if (query.intake) {
        const holding = await deps.cases.findByIntake(tenant, query.intake);
        const holdingIds = holding ? [holding.id] : [];
        ids = ids ? ids.filter((id) => holdingIds.includes(id)) : holdingIds;
      }
      const assignee = query.assignee === undefined ? undefined : query.assignee === 'me' ? principal.userId : query.assignee === 'none' ? null : query.assignee;
      const flag: CaseFlagFilter | undefined = query.flag === undefined ? undefined : isScreen(query.flag) ? { screen: query.flag } : { flag: query.flag };
      const fetched = await deps.cases.list(tenant, {
        ...(query.status ? { status: query.status } : {}),
        ...(query.priority ? { priority: query.priority } : {}),
        ...(assignee === undefined ? {} : { assignee }),
        ...(flag ? { flag } : {}),
        ...(ids ? { ids } : {}),
        sort: query.sort,
        after: cursor ? cursor.slice(1) : null,
        limit: query.limit + 1,
      });
      const page = toPage(fetched, query.limit, (kase) => [query.sort, ...positionOf(kase, query.sort)]);
      await shown(res, page.items);
      res.json({ items: page.items.map(caseView), nextCursor: page.nextCursor });
    },
  );

  api.get(
    '/cases/:id',
    { summary: 'A case of the centre', tag: TAG, params, responses: { 200: caseResponse } },
    async (_req, res) => {
      const kase = await caseOfCentre(deps.cases, principalOf(res).centre, valid(res, 'params', params).id);
      await shown(res, [kase]);
      res.json(caseView(kase));
    },
  );

  versionedTransition(
    '/cases/:id/activate',
    { summary: 'Marks an open case active: work on it has started', description: 'Recording the first service on an open case activates it too.', action: 'case.activate' },
    (current, context) => activateCase(current, context),
  );

  api.put(
    '/cases/:id/assignee',
    {
      summary: 'Gives the case to a member of staff, or to nobody',
      tag: TAG,
      params,
      body: assigneeBody,
      responses: { 200: caseResponse },
      errors: [409],
    },
    async (_req, res) => {
      const body = valid(res, 'body', assigneeBody);
      const decision = await change(res, body.expectedVersion, (current, context) => assignCase(current, { assignee: body.assignee }, context));
      await shown(res, [decision.case]);
      res.json(caseView(decision.case));
    },
  );

  api.post(
    '/cases/:id/close',
    {
      summary: 'Closes the case with an outcome',
      description:
        "A coordinator closes at once, which signs off a high-priority case. Anyone else closing a high-priority case asks for a coordinator's sign-off: 202, and the case holds the pending closure.",
      tag: TAG,
      params,
      body: closeBody,
      responses: { 200: { description: 'Closed', schema: caseViewSchema }, 202: { description: "Waiting for a coordinator's sign-off", schema: caseViewSchema } },
      errors: [409],
    },
    async (_req, res) => {
      const body = valid(res, 'body', closeBody);
      const signsOff = casePolicy.allows(principalOf(res).roles, 'case.sign-off');
      const decision = await change(res, body.expectedVersion, (current, context) => decideClosure(current, { outcome: body.outcome }, { ...context, actorSignsOff: signsOff }));
      await shown(res, [decision.case]);
      res.status(decision.result === 'closed' ? 200 : 202).json(caseView(decision.case));
    },
  );

  versionedTransition(
    '/cases/:id/closure/sign-off',
    { summary: 'Signs off the pending closure: the case closes with the outcome asked for', action: 'case.sign-off' },
    (current, context) => signOffClosure(current, context),
  );

  versionedTransition(
    '/cases/:id/closure/reject',
    { summary: 'Turns the pending closure down: the case stays open', action: 'case.sign-off' },
    (current, context) => rejectClosure(current, context),
  );

  versionedTransition(
    '/cases/:id/reopen',
    {
      summary: 'Reopens a closed case (it becomes active)',
      description:
        'A case closed as transferred goes on at the centre that accepted it: only a coordinator reopens it (else 403 CASE.TRANSFERRED_REOPEN_COORDINATOR_ONLY), and it cannot be transferred to that centre again.',
      action: 'case.reopen',
    },
    (current, context, roles) => reopenCase(current, { ...context, reopensTransferred: casePolicy.allows(roles, 'case.reopen-transferred') }),
  );
}
