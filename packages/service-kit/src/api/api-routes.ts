import { OpenApiGeneratorV31, OpenAPIRegistry, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { ACCESS_MATRIX, routeKey, type AccessSection, type ApiService, type Role, type RouteKey } from '@corredor/contracts';
import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { requireRole } from '../auth/principal';
import { validate } from '../http/validate';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteResponse {
  description: string;
  /** The JSON body; none for 204. */
  schema?: z.ZodType;
  /** Response headers worth documenting (Location, Idempotent-Replayed...). */
  headers?: Record<string, string>;
}

/**
 * One API route: what it takes and what it answers. The route validates with the same schemas it
 * documents. Who may call it is not here: it is the route's row in the access matrix.
 */
export interface RouteSpec {
  summary: string;
  description?: string;
  /** Groups routes in the document: "Cases", "Tasks"... */
  tag: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Request headers the route reads (Idempotency-Key...). Documented only: the handler parses them. */
  headers?: z.ZodObject;
  responses: Record<number, RouteResponse>;
  /** Error statuses this route answers with problem+json besides 401, 403, 404, 422 and 503, which every route may. */
  errors?: number[];
}

/** The documented operation of a route, with the roles it admits: what the role tests read. */
export interface DocumentedRoute {
  method: Method;
  /** Express style, relative to /v1: `/cases/:id` */
  path: string;
  roles: readonly Role[];
}

const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().meta({ description: 'Stable error code such as CASE.ALREADY_CLOSED' }),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request',
  401: 'No valid bearer token',
  403: 'The caller may not do this, or the centre is suspended or archived',
  404: 'Not found at this centre',
  409: 'Conflict with the current state (stale version, already done...)',
  410: 'Gone',
  413: 'Body too large',
  415: 'Not JSON',
  422: 'Invalid input, with field-level errors',
  429: 'Too many requests',
  503: 'The service is still loading the centre directory',
};

const ALWAYS = [401, 403, 404, 422, 503];

/** `/cases/:id/notes` → `/cases/{id}/notes` */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/**
 * A service's API routes, written once: each route is registered with express (role check, then
 * validation of params, query and body, then the handlers) and described in the service's OpenAPI
 * 3.1 document from the same zod schemas. Routes cannot be added any other way, so the document
 * cannot miss one (see `undocumentedRoutes`).
 *
 * Built on the service's section of the access matrix (`new ApiRoutes('case')`; a test's own
 * routes may bring a section of their own): each route's roles are its row, checked before
 * anything else and listed in the document as `x-roles`. Registering a route without a row throws,
 * so a service with one fails to build, and so does every test of it.
 */
export class ApiRoutes {
  private readonly expressRouter = Router();
  private readonly registry = new OpenAPIRegistry();
  private readonly documented: DocumentedRoute[] = [];
  private readonly access: AccessSection;

  constructor(access: ApiService | AccessSection) {
    this.access = typeof access === 'string' ? ACCESS_MATRIX[access] : access;
  }

  get(path: string, spec: RouteSpec, ...handlers: RequestHandler[]): this {
    return this.add('get', path, spec, handlers);
  }
  post(path: string, spec: RouteSpec, ...handlers: RequestHandler[]): this {
    return this.add('post', path, spec, handlers);
  }
  put(path: string, spec: RouteSpec, ...handlers: RequestHandler[]): this {
    return this.add('put', path, spec, handlers);
  }
  patch(path: string, spec: RouteSpec, ...handlers: RequestHandler[]): this {
    return this.add('patch', path, spec, handlers);
  }
  delete(path: string, spec: RouteSpec, ...handlers: RequestHandler[]): this {
    return this.add('delete', path, spec, handlers);
  }

  /** The express router to mount under /v1. */
  get router(): Router {
    return this.expressRouter;
  }

  get routes(): readonly DocumentedRoute[] {
    return this.documented;
  }

  /** Rows of the section no route was registered for: a stale row grants nothing, but misleads whoever reads the table. */
  get unroutedRows(): RouteKey[] {
    const routed = new Set(this.documented.map((route) => routeKey(route.method, route.path)));
    return (Object.keys(this.access) as RouteKey[]).filter((key) => !routed.has(key));
  }

  /** The OpenAPI 3.1 document of these routes. */
  document(info: { title: string; version: string; description?: string }): ReturnType<OpenApiGeneratorV31['generateDocument']> {
    this.registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    return new OpenApiGeneratorV31(this.registry.definitions).generateDocument({
      openapi: '3.1.0',
      info,
      servers: [{ url: '/v1' }],
      security: [{ bearer: [] }],
    });
  }

  private add(method: Method, path: string, spec: RouteSpec, handlers: RequestHandler[]): this {
    if (this.documented.some((route) => route.method === method && route.path === path)) {
      throw new Error(`${method.toUpperCase()} ${path} is defined twice`);
    }
    const roles = this.rolesOf(method, path);
    const schemas = {
      ...(spec.params ? { params: spec.params } : {}),
      // A query parameter the route does not define is refused (422), as an unknown body field is: `status[$ne]=x` must not pass as an ignored extra.
      ...(spec.query ? { query: spec.query.strict() } : {}),
      ...(spec.body ? { body: spec.body } : {}),
    };
    this.expressRouter[method](path, requireRole(...roles), validate(schemas), ...handlers);
    this.documented.push({ method, path, roles });
    this.registry.registerPath(this.describe(method, path, spec, roles));
    return this;
  }

  private rolesOf(method: Method, path: string): readonly Role[] {
    const key = routeKey(method, path);
    const roles = Object.hasOwn(this.access, key) ? this.access[key] : undefined;
    if (!roles) throw new Error(`${key} has no row in the access matrix (packages/contracts/src/access/access-matrix.ts): say who may call it there`);
    return roles;
  }

  private describe(method: Method, path: string, spec: RouteSpec, roles: readonly Role[]): RouteConfig {
    const responses: RouteConfig['responses'] = {};
    for (const [status, response] of Object.entries(spec.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema ? { content: { 'application/json': { schema: response.schema } } } : {}),
        ...(response.headers
          ? { headers: Object.fromEntries(Object.entries(response.headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }])) }
          : {}),
      };
    }
    for (const status of [...ALWAYS, ...(spec.errors ?? [])]) {
      responses[String(status)] ??= {
        description: ERROR_DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: problemSchema } },
      };
    }
    return {
      method,
      path: openApiPath(path),
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      tags: [spec.tag],
      operationId: `${method}${path.replace(/[:/{}-]+(\w)/g, (_match, letter: string) => letter.toUpperCase())}`,
      'x-roles': [...roles],
      request: {
        ...(spec.params ? { params: spec.params } : {}),
        ...(spec.query ? { query: spec.query } : {}),
        ...(spec.headers ? { headers: spec.headers } : {}),
        ...(spec.body ? { body: { required: true, content: { 'application/json': { schema: spec.body } } } } : {}),
      },
      responses,
    };
  }
}

interface StackLayer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: StackLayer[] };
  name?: string;
}

/**
 * Routes the express router answers that the document does not describe: anything added to the
 * router behind ApiRoutes' back (a nested router, a bare `router.get`). Empty when all is well.
 */
export function undocumentedRoutes(api: ApiRoutes): string[] {
  const documented = new Set(api.routes.map((route) => `${route.method.toUpperCase()} ${route.path}`));
  const found: string[] = [];
  const walk = (stack: StackLayer[], nested: boolean) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) {
          const key = `${method.toUpperCase()} ${layer.route.path}`;
          if (nested || !documented.has(key)) found.push(nested ? `${key} (in a nested router)` : key);
        }
      } else if (layer.handle?.stack) walk(layer.handle.stack, true);
    }
  };
  walk((api.router as unknown as { stack: StackLayer[] }).stack, false);
  return found;
}
