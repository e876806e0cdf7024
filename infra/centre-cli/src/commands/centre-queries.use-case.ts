import { centreListSchema, centreSchema, reinviteResponseSchema, type Centre, type Invitation } from '../api/api.schemas';
import { callService } from '../api/service-client';
import { DEFAULT_NETWORK } from '../config/operator-token';
import { SERVICE_NAMES } from '../config/service-urls';
import { connectionOf, operatorTokenFor, type ConnectionOptions } from './connection';
import type { CentreCommandOptions } from './centre-status.use-case';
import { serviceSight, type ServiceSight } from './wait-for-services';

/** The centres of the operator's network, every page of them. */
export async function listCentres(options: ConnectionOptions & { network?: string }): Promise<Centre[]> {
  const { urls, reporter } = connectionOf(options);
  const token = await operatorTokenFor(options, options.network ?? DEFAULT_NETWORK, reporter);
  const centres: Centre[] = [];
  let cursor: string | null = null;
  do {
    const path: string = `/v1/centres?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const { data } = await callService({ service: 'centre', baseUrl: urls.centre, token, method: 'GET', path, schema: centreListSchema });
    centres.push(...data.items);
    cursor = data.nextCursor;
  } while (cursor);
  return centres;
}

/** A centre, and how each service sees it now. */
export async function showCentre(options: CentreCommandOptions): Promise<{ centre: Centre; services: ServiceSight[] }> {
  const { urls, reporter } = connectionOf(options);
  const token = await operatorTokenFor(options, options.network ?? DEFAULT_NETWORK, reporter);
  const path = `/v1/centres/${encodeURIComponent(options.id)}`;
  const { data: centre } = await callService({ service: 'centre', baseUrl: urls.centre, token, method: 'GET', path, schema: centreSchema });
  const services = await Promise.all(SERVICE_NAMES.map((service) => serviceSight(service, options.id, urls, token)));
  return { centre, services };
}

/** A fresh invitation link for the centre's coordinator; the previous link stops working. */
export async function reinviteCoordinator(options: CentreCommandOptions): Promise<Invitation> {
  const { urls, reporter } = connectionOf(options);
  const token = await operatorTokenFor(options, options.network ?? DEFAULT_NETWORK, reporter);
  const path = `/v1/centres/${encodeURIComponent(options.id)}/coordinator/invitation`;
  const { data } = await callService({ service: 'centre', baseUrl: urls.centre, token, method: 'POST', path, schema: reinviteResponseSchema });
  return data.invitation;
}
