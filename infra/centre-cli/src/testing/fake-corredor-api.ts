import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SERVICE_NAMES, type ServiceName, type ServiceUrls } from '../config/service-urls';
import { fakeProjection } from './fake-projection';

/**
 * The HTTP API the command drives, in a few lines and one port: each service under its own prefix
 * (`/centre/v1/centres/...`, `/referral/v1/...`). Every service sees a change at once unless it is
 * in `lagging`; `failOnce` makes the next matching request fail with a problem. `projection` plays
 * the reporting service's projection and its rebuilds.
 */
interface FakeCentre {
  spec: Record<string, unknown>;
  network: string;
  status: 'active' | 'suspended' | 'archived';
  configVersion: number;
}

type Problem = { status: number; code: string; detail?: string; errors?: { field: string; message: string }[] };

export async function startFakeCorredor(options: { foreignIds?: string[] } = {}) {
  const centres = new Map<string, FakeCentre>();
  const partners = new Map<string, Set<string>>();
  const coordinators = new Map<string, 'invited' | 'active'>();
  const lagging = new Set<ServiceName>();
  const failures: { method: string; path: RegExp; problem: Problem }[] = [];
  const tokens: { network?: string; roles?: string[] }[] = [];
  let invitations = 0;
  const projection = fakeProjection();

  const view = (id: string, centre: FakeCentre) => ({ id, ...centre.spec, status: centre.status, configVersion: centre.configVersion });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const fail = (problem: Problem) => send(problem.status, { type: 'about:blank', title: 'Error', ...problem });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>) : {};
    const [, service = '', ...rest] = (req.url ?? '').split('?')[0]?.split('/') ?? [];
    const path = `/${rest.join('/')}`;
    const method = req.method ?? 'GET';

    const payload = /^Bearer [^.]+\.([^.]+)\./.exec(req.headers.authorization ?? '')?.[1];
    const claims = payload ? (JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sub?: string; network?: string; roles?: string[] }) : null;
    if (!claims?.network || !claims.roles?.includes('operator')) return fail({ status: 401, code: 'AUTH.INVALID_TOKEN' });
    tokens.push(claims);
    const failure = failures.find((f) => f.method === method && f.path.test(path));
    if (failure) {
      failures.splice(failures.indexOf(failure), 1);
      return fail(failure.problem);
    }

    if (service === 'reporting' && path.startsWith('/v1/projection')) {
      const answer = projection.handle(method, path, claims.sub ?? 'operator');
      return 'problem' in answer ? fail({ status: answer.status, ...answer.problem }) : send(answer.status, answer.body);
    }
    const [, v1, resource, id = '', action] = path.split('/');
    if (v1 !== 'v1') return fail({ status: 404, code: 'REQUEST.NOT_FOUND' });
    const centre = centres.get(id);
    if (resource === 'centre-directory') {
      if (!centre || lagging.has(service as ServiceName)) return fail({ status: 404, code: 'CENTRE.UNKNOWN' });
      return send(200, { id, status: centre.status, configVersion: centre.configVersion });
    }
    if (service === 'referral' && method === 'PUT' && action === 'partner-directory') {
      if (!centre) return fail({ status: 404, code: 'CENTRE.UNKNOWN' });
      const names = partners.get(id) ?? new Set<string>();
      partners.set(id, names);
      const given = (body['organisations'] as { name: string }[]).map((o) => o.name);
      const result = { created: given.filter((n) => !names.has(n)), unchanged: given.filter((n) => names.has(n)) };
      given.forEach((n) => names.add(n));
      return send(200, result);
    }
    if (service !== 'centre' || resource !== 'centres') return fail({ status: 404, code: 'REQUEST.NOT_FOUND' });
    if (method === 'GET' && !id) return send(200, { items: [...centres].filter(([, c]) => c.network === claims.network).map(([i, c]) => view(i, c)), nextCursor: null });
    if (method === 'PUT' && !action) {
      if (options.foreignIds?.includes(id)) return fail({ status: 409, code: 'CENTRE.ID_TAKEN', detail: 'This id belongs to a centre outside your network.' });
      if (!(body['networks'] as string[]).includes(claims.network)) return fail({ status: 403, code: 'CENTRE.OUTSIDE_NETWORK', detail: "The centre's networks do not include yours." });
      if (!centre) {
        const created: FakeCentre = { spec: body, network: claims.network, status: 'active', configVersion: 1 };
        centres.set(id, created);
        return send(201, { result: 'created', centre: view(id, created), changes: [] });
      }
      if (centre.status === 'archived') return fail({ status: 409, code: 'CENTRE.ARCHIVED' });
      const fields = [...new Set([...Object.keys(centre.spec), ...Object.keys(body)])];
      const changes = fields.filter((f) => JSON.stringify(centre.spec[f]) !== JSON.stringify(body[f])).map((f) => ({ field: f, from: centre.spec[f], to: body[f] }));
      if (changes.length > 0) Object.assign(centre, { spec: body, configVersion: centre.configVersion + 1 });
      return send(200, { result: changes.length ? 'updated' : 'unchanged', centre: view(id, centre), changes });
    }
    if (!centre) return fail({ status: 404, code: 'CENTRE.NOT_FOUND' });
    if (method === 'GET' && !action) return send(200, view(id, centre));
    const invitation = () => ({ url: `http://127.0.0.1/invitations/${id}-${++invitations}`, expiresAt: '2026-11-30T15:00:00.000Z' });
    if (method === 'PUT' && action === 'coordinator') {
      if (coordinators.get(id) === 'active') return send(200, { status: 'active' });
      if (coordinators.has(id)) return send(200, { status: 'invited', invitation: null, pendingUntil: '2026-11-30T15:00:00.000Z' });
      coordinators.set(id, 'invited');
      return send(201, { status: 'invited', invitation: invitation() });
    }
    if (method === 'POST' && action === 'coordinator') return send(201, { invitation: invitation() });
    const transitions: Record<string, [FakeCentre['status'][], FakeCentre['status'], string]> = {
      suspend: [['active'], 'suspended', 'CENTRE.ALREADY_SUSPENDED'],
      reactivate: [['suspended'], 'active', 'CENTRE.NOT_SUSPENDED'],
      archive: [['active', 'suspended'], 'archived', 'CENTRE.ALREADY_ARCHIVED'],
    };
    const transition = method === 'POST' && action ? transitions[action] : undefined;
    if (!transition) return fail({ status: 404, code: 'REQUEST.NOT_FOUND' });
    const [from, to, already] = transition;
    if (centre.status === to) return fail({ status: 409, code: already });
    if (!from.includes(centre.status)) return fail({ status: 409, code: 'CENTRE.ARCHIVED' });
    Object.assign(centre, { status: to, configVersion: centre.configVersion + 1 });
    return send(200, { centre: view(id, centre) });
  };

  const server = createServer((req, res) => void handle(req, res).catch(() => res.writeHead(500).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const serviceUrls = Object.fromEntries(SERVICE_NAMES.map((name) => [name, `${url}/${name}`])) as ServiceUrls;
  return {
    serviceUrls,
    /** As the CLI reads them from the environment. */
    env: { CORREDOR_CENTRE_URL: serviceUrls.centre, CORREDOR_SERVICE_URLS: SERVICE_NAMES.map((name) => `${name}=${serviceUrls[name]}`).join(',') },
    centres,
    partners,
    coordinators,
    lagging,
    projection,
    /** The claims of every authorised request, in order. */
    tokens,
    failOnce: (method: string, path: RegExp, problem: Problem) => void failures.push({ method, path, problem }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeCorredor = Awaited<ReturnType<typeof startFakeCorredor>>;
