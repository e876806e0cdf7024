import { centreIdSchema, centreSpecSchema } from '@corredor/contracts';
import { networkPrincipalOf, requireRole, valid, validate } from '@corredor/service-kit';
import { Router } from 'express';
import { z } from 'zod';
import type { StatusCommand } from './centre.domain';
import type { CentreRepository } from './centre.repository';
import { centreView } from './centre.view';
import { applyCentreUseCase, centreOfNetwork, changeCentreStatusUseCase, type ManageCentreDeps } from './manage-centre.use-case';

const centreParams = z.object({ id: centreIdSchema });
const STATUS_COMMANDS: readonly StatusCommand[] = ['suspend', 'reactivate', 'archive'];

/** The registry as operators use it: centres of their own network only. */
export function centresRouter(deps: ManageCentreDeps & { centres: CentreRepository }): Router {
  const router = Router();
  const operator = requireRole('operator');

  router.put('/centres/:id', operator, validate({ params: centreParams, body: centreSpecSchema }), async (_req, res) => {
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
  });

  router.get('/centres', operator, async (_req, res) => {
    const items = await deps.centres.listByNetwork(networkPrincipalOf(res).network);
    res.json({ items: items.map(centreView), total: items.length });
  });

  router.get('/centres/:id', operator, validate({ params: centreParams }), async (_req, res) => {
    const { id } = valid(res, 'params', centreParams);
    res.json(centreView(await centreOfNetwork(deps, networkPrincipalOf(res), id)));
  });

  for (const command of STATUS_COMMANDS) {
    router.post(`/centres/:id/${command}`, operator, validate({ params: centreParams }), async (_req, res) => {
      const { id } = valid(res, 'params', centreParams);
      const centre = await changeCentreStatusUseCase(deps, { principal: networkPrincipalOf(res), id, command, requestId: String(res.locals['requestId']) });
      res.json({ centre: centreView(centre) });
    });
  }

  return router;
}
