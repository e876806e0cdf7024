import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { SERVICE_NAMES, type ServiceName } from '@corredor/centre-cli';
import { startPlatform } from '../platform';

/** Where the web app keeps the generated types of each service's API (checked in, checked in CI). */
export const API_CLIENTS_DIR = resolve(__dirname, '../../../../services/web/src/app/api/generated');

const HEADER = (service: ServiceName) =>
  `// Generated from the ${service} service's /openapi.json by \`npm run api-clients\`. Do not edit:\n// an API change regenerates it, and a screen the change breaks then fails the type-check.\n`;

/** The TypeScript types of every service's OpenAPI document, as the services serve it now. */
export async function generateApiClients(): Promise<Map<ServiceName, string>> {
  const platform = await startPlatform({ host: '127.0.0.1', portBase: 0, logLevel: 'silent' });
  try {
    const generated = new Map<ServiceName, string>();
    for (const service of SERVICE_NAMES) {
      const response = await fetch(`${platform.url(service)}/openapi.json`);
      if (!response.ok) throw new Error(`${service}: /openapi.json answered ${response.status}`);
      const document = (await response.json()) as OpenAPI3;
      const ast = await openapiTS(document, { alphabetize: true, exportType: false });
      generated.set(service, HEADER(service) + astToString(ast));
    }
    return generated;
  } finally {
    await platform.stop();
  }
}

export const apiClientFile = (service: ServiceName) => join(API_CLIENTS_DIR, `${service}.ts`);

/** The services whose checked-in types differ from what their documents generate now. */
export async function staleApiClients(generated: Map<ServiceName, string>): Promise<ServiceName[]> {
  const stale: ServiceName[] = [];
  for (const [service, text] of generated) {
    const current = await readFile(apiClientFile(service), 'utf8').catch(() => null);
    if (current !== text) stale.push(service);
  }
  return stale;
}
