import { networkPrincipalOf, type ApiRoutes } from '@corredor/service-kit';
import { z } from 'zod';
import { REBUILD_STATUSES, type Rebuild } from './rebuild.domain';
import type { ProjectionRebuilds } from './projection-rebuild';

const count = z.number().int().nonnegative();
const rebuildSchema = z
  .object({
    id: z.string(),
    generation: z.string().meta({ description: 'The generation being built (g2, g3...)' }),
    replacing: z.string().meta({ description: 'The live generation it replaces, dropped once it is done' }),
    status: z.enum(REBUILD_STATUSES).meta({
      description:
        '`replaying` the topics into the new generation; `handing-over`: it caught up and is live, and it goes on reading while every process moves to it; ' +
        '`done`; `failed` or `abandoned` (its process stopped), with `failure`: the live figures are the ones it was replacing, unless it had switched',
    }),
    startedBy: z.string().meta({ description: "The operator's user id" }),
    startedAt: z.iso.datetime(),
    switchedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    progress: z.object({
      read: count.meta({ description: 'Messages of the replayed topics read so far' }),
      total: count.meta({ description: 'Messages the topics hold (it grows while events keep coming)' }),
      applied: count.meta({ description: 'Events recorded into the new generation' }),
      ignored: count.meta({ description: 'Events of types the projection does not record' }),
      invalid: count.meta({ description: 'Messages the live subscriptions would have dead-lettered' }),
      eventsPerSecond: z.number().nonnegative().nullable().meta({ description: 'Over the last few seconds' }),
      secondsLeft: z.number().nonnegative().nullable().meta({ description: 'At that pace, until caught up' }),
      elapsedSeconds: z.number().nonnegative(),
    }),
    failure: z.string().nullable().meta({ description: 'Why it failed or was abandoned: a stable code' }),
  })
  .meta({ id: 'ProjectionRebuild' });

const projectionSchema = z
  .object({
    generation: z.string().meta({ description: 'The live generation: the one the reports read' }),
    rebuild: rebuildSchema.nullable().meta({ description: 'The latest rebuild, running or not; null before the first' }),
  })
  .meta({ id: 'Projection' });

const rebuildView = (rebuild: Rebuild): z.infer<typeof rebuildSchema> => ({
  id: rebuild.id,
  generation: rebuild.generation,
  replacing: rebuild.replacing,
  status: rebuild.status,
  startedBy: rebuild.startedBy,
  startedAt: rebuild.startedAt.toISOString(),
  switchedAt: rebuild.switchedAt?.toISOString() ?? null,
  finishedAt: rebuild.finishedAt?.toISOString() ?? null,
  progress: rebuild.progress,
  failure: rebuild.failure,
});

/**
 * The projection's generations, for the platform's operators: which is live, and rebuilding it from
 * the event log. Nothing here shows a figure or a person (the projection holds no personal data).
 */
export function projectionRoutes(api: ApiRoutes, deps: { rebuilds: ProjectionRebuilds }): void {
  api.get(
    '/projection',
    {
      summary: "The reporting projection's live generation, and its latest rebuild with its progress",
      tag: 'Projection',
      responses: { 200: { description: 'The live generation and the latest rebuild', schema: projectionSchema } },
    },
    async (_req, res) => {
      networkPrincipalOf(res);
      const { generation, rebuild } = await deps.rebuilds.status();
      res.json({ generation, rebuild: rebuild ? rebuildView(rebuild) : null });
    },
  );

  api.post(
    '/projection/rebuilds',
    {
      summary: 'Rebuilds the reporting projection from the event log',
      description:
        'Replays the case, referral and consent topics from their beginning into a fresh generation, switches the reports over to it once it has caught up, ' +
        'and drops the old one; follow it with GET /v1/projection. 409 `REPORTING.REBUILD_RUNNING` while one runs, `REPORTING.EVENT_LOG_INCOMPLETE` when a topic ' +
        'no longer holds its first events, `REPORTING.EVENT_LOG_UNREACHABLE`, or `REPORTING.REBUILD_UNAVAILABLE` when this process cannot read the log.',
      tag: 'Projection',
      responses: { 202: { description: 'Started', schema: rebuildSchema, headers: { Location: 'Where to follow it: /v1/projection' } } },
      errors: [409],
    },
    async (_req, res) => {
      const { userId } = networkPrincipalOf(res);
      const rebuild = await deps.rebuilds.start(userId);
      res.status(202).location('/v1/projection').json(rebuildView(rebuild));
    },
  );
}
