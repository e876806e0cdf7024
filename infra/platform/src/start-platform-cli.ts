#!/usr/bin/env node
import { baseConfigSchema, loadConfig } from '@corredor/service-kit/config';
import { exitGracefullyOnSignals, createLogger, signDevToken, TEST_AUTH } from '@corredor/service-kit';
import { z } from 'zod';
import { DEMO_CENTRE, seedDemoCentre } from './demo-centre';
import { startPlatform } from './platform';

const config = loadConfig(
  z.object({
    HOST: baseConfigSchema.shape.HOST.default('127.0.0.1'),
    PORT_BASE: z.coerce.number().int().min(1).max(65530).default(3001),
    LOG_LEVEL: baseConfigSchema.shape.LOG_LEVEL.default('warn'),
    AUTH_JWT_SECRET: z.string().min(32).default(TEST_AUTH.secret),
  }),
  process.env,
);

async function main(): Promise<void> {
  const platform = await startPlatform({ host: config.HOST, portBase: config.PORT_BASE, logLevel: config.LOG_LEVEL, authSecret: config.AUTH_JWT_SECRET });
  const url = (name: string) => platform.services.find((s) => s.name === name)?.url ?? '';
  await seedDemoCentre(url('referral'), config.AUTH_JWT_SECRET);
  const token = await signDevToken({ ...TEST_AUTH, secret: config.AUTH_JWT_SECRET, centre: DEMO_CENTRE, roles: ['coordinator'], userId: 'demo-coordinator' });
  const lines = [
    '',
    'Corredor is running (one process, in-memory bus and stores: data is lost when it stops).',
    '',
    ...platform.services.map((s) => `  ${s.name.padEnd(13)} ${s.url}`),
    '',
    `Demo centre: ${DEMO_CENTRE}. A coordinator's token (8 h):`,
    '',
    `  export TOKEN=${token}`,
    '',
    'Try:',
    `  curl -s -X POST ${url('intake')}/v1/intakes -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\`,
    `    -d '{"alias":"Marie","sex":"female","yearOfBirth":1994,"nationality":"HT","languages":["ht","fr"],"consent":{"storeData":true}}'`,
    `  curl -s ${url('case')}/v1/cases -H "Authorization: Bearer $TOKEN"`,
    `  curl -s ${url('reporting')}/v1/reports/people-served -H "Authorization: Bearer $TOKEN"`,
    `  curl -s ${url('notification')}/v1/notifications -H "Authorization: Bearer $TOKEN"`,
    `  curl -s ${url('referral')}/v1/partners -H "Authorization: Bearer $TOKEN"`,
    '',
    'Other tokens: npm run token -- --centre tapachula --role promoter',
    'Stop with Ctrl-C.',
    '',
  ];
  process.stdout.write(lines.join('\n'));
  exitGracefullyOnSignals(createLogger('corredor-platform', config.LOG_LEVEL), 10_000, () => platform.stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
