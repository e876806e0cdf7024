import { centreIdSchema } from '@corredor/contracts';
import { decodeCursor, pageQuery, pageSchema, principalOf, toPage, valid, type ApiRoutes } from '@corredor/service-kit';
import { z } from 'zod';
import { lineSchema } from '../timeline/text.schemas';
import { acceptTransferUseCase, cancelTransferUseCase, declineTransferUseCase, type AnswerTransferDeps } from './answer-transfer.use-case';
import { requestTransferUseCase, type RequestTransferDeps } from './request-transfer.use-case';
import { TRANSFER_ERRORS, TRANSFER_STATUSES, transferDeclineReasonSchema } from './transfer.domain';
import { transferView, transferViewSchema } from './transfer.view';

export type TransferRoutesDeps = RequestTransferDeps & AnswerTransferDeps;

const caseParams = z.object({ id: z.uuid('not a case id') });
const transferParams = z.object({ id: z.uuid('not a transfer id') });
const requestBody = z
  .strictObject({
    toCentre: centreIdSchema.meta({ description: 'The centre asked to continue the case' }),
    reason: lineSchema(1000)
      .nullable()
      .optional()
      .meta({ description: "Why, for the origin's own staff: never shown to the receiving centre nor sent in events. One line, 1 to 1000 characters once trimmed; no control, zero-width or text-direction characters" }),
  })
  .meta({ id: 'TransferRequest' });
const declineBody = z.strictObject({ reason: transferDeclineReasonSchema }).meta({ id: 'TransferDecline' });
const listQuery = pageQuery({ defaultLimit: 25, maxLimit: 100 }).extend({
  direction: z.enum(['incoming', 'outgoing']).default('incoming'),
  status: z.enum(TRANSFER_STATUSES).optional(),
});
const positionSchema = z.tuple([z.coerce.date(), z.uuid()]);

const requestId = (locals: Record<string, unknown>) => String(locals['requestId']);

export function transferRoutes(api: ApiRoutes, deps: TransferRoutesDeps): void {
  api.post(
    '/cases/:id/transfers',
    {
      summary: 'Asks another centre to continue this case',
      description:
        "Needs the person's transfer consent (else 422 CASE.TRANSFER_CONSENT_MISSING) and an active receiving centre other than this one (else 422 CASE.TRANSFER_TARGET_UNAVAILABLE). A closed case (CASE.ALREADY_CLOSED), one with a transfer waiting for an answer from an active centre (CASE.TRANSFER_ALREADY_PENDING), or a centre that already accepted a transfer of this person (CASE.TRANSFER_ALREADY_ACCEPTED) is a 409. A transfer still waiting at a centre that is no longer active is cancelled (cancelReason target-unavailable) in favour of the new one. The receiving centre learns only the priority and languages until it accepts.",
      tag: 'Transfers',
      params: caseParams,
      body: requestBody,
      responses: { 201: { description: 'The transfer, waiting for the receiving centre', schema: transferViewSchema } },
      errors: [409],
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const body = valid(res, 'body', requestBody);
      const transfer = await requestTransferUseCase(deps, {
        principal,
        caseId: valid(res, 'params', caseParams).id,
        toCentre: body.toCentre,
        reason: body.reason ?? null,
        requestId: requestId(res.locals),
      });
      res.status(201).json(transferView(transfer, principal.centre));
    },
  );

  api.get(
    '/transfers',
    {
      summary: "The centre's incoming or outgoing transfers, newest first",
      tag: 'Transfers',
      query: listQuery,
      responses: { 200: { description: 'A page of transfers', schema: pageSchema(transferViewSchema).meta({ id: 'TransferPage' }) } },
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const query = valid(res, 'query', listQuery);
      const found = await deps.transfers.list(principal.centre, {
        direction: query.direction,
        ...(query.status ? { status: query.status } : {}),
        after: decodeCursor(query.cursor, positionSchema),
        limit: query.limit + 1,
      });
      const page = toPage(found, query.limit, (transfer) => [transfer.requestedAt, transfer.id]);
      res.json({ items: page.items.map((transfer) => transferView(transfer, principal.centre)), nextCursor: page.nextCursor });
    },
  );

  api.get(
    '/transfers/:id',
    {
      summary: 'A transfer this centre sent or received',
      tag: 'Transfers',
      params: transferParams,
      responses: { 200: { description: 'The transfer, as this centre may see it', schema: transferViewSchema } },
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const transfer = await deps.transfers.findForCentre(principal.centre, valid(res, 'params', transferParams).id);
      if (!transfer) throw TRANSFER_ERRORS.notFound();
      res.json(transferView(transfer, principal.centre));
    },
  );

  api.post(
    '/transfers/:id/accept',
    {
      summary: 'Accepts an incoming transfer: the case continues here and closes at the origin',
      description:
        "Only the receiving centre's coordinator (the origin centre gets 403 CASE.TRANSFER_NOT_RECEIVER, any other 404). Refused when the person withdrew their consent (422 CASE.TRANSFER_CONSENT_WITHDRAWN), the origin centre is no longer active (422 CASE.TRANSFER_ORIGIN_UNAVAILABLE), the transfer was already answered or cancelled (409 CASE.TRANSFER_NOT_PENDING), or this centre already accepted another of the person's cases (409 CASE.TRANSFER_ALREADY_ACCEPTED). The case opens here with the person's alias, profile, risk flags and statistics consent (as the origin holds it now) under a new person id; the intake service copies the consented details of the person.",
      tag: 'Transfers',
      params: transferParams,
      responses: { 200: { description: 'The accepted transfer, naming the new case', schema: transferViewSchema } },
      errors: [409],
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const accepted = await acceptTransferUseCase(deps, { principal, transferId: valid(res, 'params', transferParams).id, requestId: requestId(res.locals) });
      res.json(transferView(accepted, principal.centre));
    },
  );

  api.post(
    '/transfers/:id/decline',
    {
      summary: 'Declines an incoming transfer; the case stays open at the origin',
      tag: 'Transfers',
      params: transferParams,
      body: declineBody,
      responses: { 200: { description: 'The declined transfer', schema: transferViewSchema } },
      errors: [409],
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const declined = await declineTransferUseCase(deps, {
        principal,
        transferId: valid(res, 'params', transferParams).id,
        reason: valid(res, 'body', declineBody).reason,
        requestId: requestId(res.locals),
      });
      res.json(transferView(declined, principal.centre));
    },
  );

  api.post(
    '/transfers/:id/cancel',
    {
      summary: 'Cancels an outgoing transfer still waiting for an answer; the case stays open here',
      description:
        "Only the origin centre's caseworkers (the receiving centre gets 403 CASE.TRANSFER_NOT_ORIGIN, any other 404). A transfer already answered or cancelled is a 409 CASE.TRANSFER_NOT_PENDING. Publishes no event: the receiving centre sees the transfer cancelled when it reads it.",
      tag: 'Transfers',
      params: transferParams,
      responses: { 200: { description: 'The cancelled transfer (cancelReason origin-cancelled)', schema: transferViewSchema } },
      errors: [409],
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const cancelled = await cancelTransferUseCase(deps, { principal, transferId: valid(res, 'params', transferParams).id, requestId: requestId(res.locals) });
      res.json(transferView(cancelled, principal.centre));
    },
  );
}
