#!/usr/bin/env node
import { mkdir, writeFile } from 'node:fs/promises';
import { API_CLIENTS_DIR, apiClientFile, generateApiClients, staleApiClients } from './api-clients';

/** npm run api-clients [-- --check]: regenerates the web app's API types, or (--check) fails when they are stale. */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const generated = await generateApiClients();
  if (check) {
    const stale = await staleApiClients(generated);
    if (stale.length > 0) {
      process.stderr.write(`api-clients: stale for ${stale.join(', ')}: run npm run api-clients and commit the result\n`);
      process.exit(1);
    }
    process.stdout.write('api-clients: up to date\n');
    return;
  }
  await mkdir(API_CLIENTS_DIR, { recursive: true });
  for (const [service, text] of generated) await writeFile(apiClientFile(service), text);
  process.stdout.write(`api-clients: wrote ${[...generated.keys()].map((service) => `${service}.ts`).join(', ')} in ${API_CLIENTS_DIR}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
