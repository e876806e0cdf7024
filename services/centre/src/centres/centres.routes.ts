import { centreContactSchema, centreIdSchema, centreSnapshotSchema, centreSpecSchema } from '@corredor/contracts';
import { type ApiRoutes, decodeCursor, networkPrincipalOf, pageQuery, pageSchema, toPage, valid } from '@corredor/service-kit';
import { z } from 'zod';
import type { StatusCommand } from './centre.domain';
import type { CentreRepository } from './centre.repository';
import { centreView } from './centre.view';
import { destroyCentreDataKeyUseCase } from './centre-data-key.use-case';
import { applyCentreUseCase, centreOfNetwork, changeCentreStatusUseCase, type ManageCentreDeps } from './manage-centre.use-case';

const centreParams = z.object({ id: centreIdSchema });
const listQuery = pageQuery({ defaultLimit: 50, maxLimit: 200 });
const listCursor = z.tuple([z.string()]);
const STATUS_COMMANDS: Record<StatusCommand, string> = {
  suspend: 'Suspends a centre: its staff cannot sign in or work until it is reactivated',
  reactivate: 'Reactivates a suspended centre',
  archive: 'Archives a centre for good: it cannot change any more',
};

/**
 * A centre as its network's operators see it: the snapshot every service knows (but its data key,
 * which only services unwrap), and the office's contact.
 */
export const centreSchema = centreSnapshotSchema
  .omit({ dataKey: true })
  .extend({
    contact: centreContactSchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    dataDestroyedAt: z.iso.datetime().optional().meta({ description: "When the centre's data key was destroyed: its people's records can no longer be read" }),
  })
  .meta({ id: 'Centre' });

const applyResultSchema = z
  .object({
    result: z.enum(['created', 'updated', 'unchanged']),
    centre: centreSchema,
    changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })).meta({ description: 'What the declaration changed, field by field' }),
  })
  .meta({ id: 'CentreApplyResult' });

const centreEnvelope = z.object({ centre: centreSchema }).meta({ id: 'CentreEnvelope' });

const destructionBody = z
  .strictObject({ confirmation: z.string().max(100).meta({ description: "The centre's id, typed again" }) })
  .meta({ id: 'DataKeyDestruction' });

/** The registry as operators use it: centres of their own network only. */
export function centresRoutes(api: ApiRoutes, deps: ManageCentreDeps & { centres: CentreRepository }): void {
  const operatorOnly = { tag: 'Centres' } as const;

  api.put(
    '/centres/:id',
    {
      ...operatorOnly,
      summary: "Declares a centre of the operator's network: registers it, updates what changed, or changes nothing",
      params: centreParams,
      body: centreSpecSchema,
      responses: {
        200: { description: 'Updated, or already as declared', schema: applyResultSchema },
        201: { description: 'Registered', schema: applyResultSchema, headers: { Location: 'The centre' } },
      },
      errors: [409],
    },
    async (_req, res) => {
      const { id } = valid(res, 'params', centreParams);
      const outcome = await applyCentreUseCase(deps, {
        principal: networkPrincipalOf(res),
        id,
        spec: valid(res, 'body', centreSpecSchema),
        requestId: String(res.locals['requestId']),
      });
      res
        .status(outcome.result === 'created' ? 201 : 200)
        .location(`/v1/centres/${id}`)
        .json({ result: outcome.result, centre: centreView(outcome.centre), changes: outcome.changes });
    },
  );

  api.get(
    '/centres',
    {
      ...operatorOnly,
      summary: "The centres of the operator's network, by id",
      query: listQuery,
      responses: { 200: { description: 'A page of centres', schema: pageSchema(centreSchema).meta({ id: 'CentrePage' }) } },
    },
    async (_req, res) => {
      const { limit, cursor } = valid(res, 'query', listQuery);
      const after = decodeCursor(cursor, listCursor);
      // A network holds tens of centres: the registry lists them whole, the API hands them out a page at a time.
      const centres = (await deps.centres.listByNetwork(networkPrincipalOf(res).network))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .filter((centre) => !after || centre.id > after[0]);
      const page = toPage(centres.slice(0, limit + 1), limit, (centre) => [centre.id]);
      res.json({ items: page.items.map(centreView), nextCursor: page.nextCursor });
    },
  );

  api.get(
    '/centres/:id',
    { ...operatorOnly, summary: "A centre of the operator's network", params: centreParams, responses: { 200: { description: 'The centre', schema: centreSchema } } },
    async (_req, res) => {
      const { id } = valid(res, 'params', centreParams);
      res.json(centreView(await centreOfNetwork(deps, networkPrincipalOf(res), id)));
    },
  );

  for (const [command, summary] of Object.entries(STATUS_COMMANDS) as Array<[StatusCommand, string]>) {
    api.post(
      `/centres/:id/${command}`,
      { ...operatorOnly, summary, params: centreParams, responses: { 200: { description: 'The centre after the change', schema: centreEnvelope } }, errors: [409] },
      async (_req, res) => {
        const { id } = valid(res, 'params', centreParams);
        const centre = await changeCentreStatusUseCase(deps, { principal: networkPrincipalOf(res), id, command, requestId: String(res.locals['requestId']) });
        res.json({ centre: centreView(centre) });
      },
    );
  }

  api.post(
    '/centres/:id/data-key/destruction',
    {
      ...operatorOnly,
      summary: "Destroys an archived centre's data key for good (crypto-shredding)",
      description:
        "Irreversible: every record and event of the centre's people sealed under the key becomes unreadable in every service. Only for an archived centre; the body repeats the centre's id.",
      params: centreParams,
      body: destructionBody,
      responses: { 200: { description: 'The centre after its data key was destroyed', schema: centreEnvelope } },
      errors: [409],
    },
    async (_req, res) => {
      const { id } = valid(res, 'params', centreParams);
      const centre = await destroyCentreDataKeyUseCase(deps, {
        principal: networkPrincipalOf(res),
        id,
        confirmation: valid(res, 'body', destructionBody).confirmation,
        requestId: String(res.locals['requestId']),
      });
      res.json({ centre: centreView(centre) });
    },
  );
}
