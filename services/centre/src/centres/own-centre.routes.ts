import { centreSnapshotSchema, DomainError } from '@corredor/contracts';
import { principalOf, type ApiRoutes } from '@corredor/service-kit';
import type { CentreRepository } from './centre.repository';

/**
 * A centre as its own staff see it: what it is, where, in which time zone and languages, and what
 * it offers. Never its contact, networks, security settings or data key.
 */
export const ownCentreSchema = centreSnapshotSchema
  .pick({ id: true, name: true, city: true, country: true, timeZone: true, languages: true, services: true })
  .meta({ id: 'OwnCentre' });

/** `GET /centre`: the caller's own centre, for the staff web app's header and its dates and numbers. */
export function ownCentreRoutes(api: ApiRoutes, deps: { centres: CentreRepository }): void {
  api.get(
    '/centre',
    {
      tag: 'Centres',
      summary: "The caller's own centre: its name, city, time zone, languages and services",
      responses: { 200: { description: 'The centre', schema: ownCentreSchema } },
    },
    async (_req, res) => {
      const centre = await deps.centres.findById(principalOf(res).centre);
      if (!centre) throw new DomainError('CENTRE.NOT_FOUND', 'not-found', 'Your centre is not registered here.');
      const { id, name, city, country, timeZone, languages, services } = centre;
      res.json({ id, name, city, country, timeZone, languages, services });
    },
  );
}
