import type { AddressInfo } from 'node:net';
import { Validator } from '@seriousme/openapi-schema-validator';
import { CENTRE_STAFF_ROLES, ROLES, type Role } from '@corredor/contracts';
import { undocumentedRoutes } from '../api/api-routes';
import type { BuiltService } from '../runtime/build-service-app';
import { TEST_NETWORK } from './test-centres';
import { networkTokenFor, tokenFor } from './test-harness';

const ANY_ID = '0b5e4a0e-3c1f-4d5b-9a63-2f1f6c8d9e10';

/**
 * What every service's API must honour, checked from its own route table: every route is in the
 * OpenAPI document served at /openapi.json, and every role a route does not admit gets 403 there
 * (operators and network analysts included). Returns the breaches, so a test can show them all.
 */
export async function apiConformance(built: BuiltService): Promise<{ undocumented: string[]; missingFromDocument: string[]; roleLeaks: string[] }> {
  const server = built.app.listen(0);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const document = (await (await fetch(`${base}/openapi.json`)).json()) as { paths?: Record<string, Record<string, unknown>> };
    const missingFromDocument = built.module.api.routes
      .filter((route) => !document.paths?.[route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')]?.[route.method])
      .map((route) => `${route.method.toUpperCase()} ${route.path}`);
    const roleLeaks: string[] = [];
    for (const route of built.module.api.routes) {
      for (const role of ROLES.filter((candidate) => !route.roles.includes(candidate))) {
        const token = (CENTRE_STAFF_ROLES as readonly Role[]).includes(role) ? await tokenFor('tijuana', [role]) : await networkTokenFor(TEST_NETWORK, [role]);
        const response = await fetch(`${base}/v1${route.path.replace(/:[A-Za-z0-9_]+/g, ANY_ID)}`, {
          method: route.method.toUpperCase(),
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          ...(route.method === 'get' || route.method === 'delete' ? {} : { body: '{}' }),
        });
        if (response.status !== 403) roleLeaks.push(`${route.method.toUpperCase()} ${route.path} as ${role}: ${response.status}`);
      }
    }
    return { undocumented: undocumentedRoutes(built.module.api), missingFromDocument, roleLeaks };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** What makes a document invalid OpenAPI 3.1 (checked against the specification's JSON schema); empty when valid. */
export async function openApiErrors(document: object): Promise<string[]> {
  const result = await new Validator().validate(document as Parameters<Validator['validate']>[0]);
  if (result.valid) return [];
  const errors = Array.isArray(result.errors) ? result.errors : [result.errors];
  return errors.map((error) => JSON.stringify(error));
}
