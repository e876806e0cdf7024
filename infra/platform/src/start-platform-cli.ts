#!/usr/bin/env node
import { relative } from 'node:path';
import { consoleReporter } from '@corredor/centre-cli';
import { baseConfigSchema, loadConfig } from '@corredor/service-kit/config';
import { exitGracefullyOnSignals, createLogger, signDevToken } from '@corredor/service-kit';
import { TEST_AUTH } from '@corredor/service-kit/testing';
import { z } from 'zod';
import { bringUpDemoCentres, DEMO_PASSWORD } from './demo-centres';
import { DEMO_INTAKE_FILE } from './demo-intake';
import { startPlatform } from './platform';

const config = loadConfig(
  z.object({
    HOST: baseConfigSchema.shape.HOST.default('127.0.0.1'),
    // The web app listens just below it (3000), the six services from it up (3001-3006).
    PORT_BASE: z.coerce.number().int().min(2).max(65530).default(3001),
    LOG_LEVEL: baseConfigSchema.shape.LOG_LEVEL.default('warn'),
    AUTH_JWT_SECRET: z.string().min(32).default(TEST_AUTH.secret),
    // Keep what reporting replays, so `npm run reporting -- rebuild` works here (memory then grows with the case events).
    KEEP_EVENT_LOG: z.stringbool().default(false),
  }),
  process.env,
);

async function main(): Promise<void> {
  const started = Date.now();
  const platform = await startPlatform({ host: config.HOST, portBase: config.PORT_BASE, logLevel: config.LOG_LEVEL, authSecret: config.AUTH_JWT_SECRET, keepEventLog: config.KEEP_EVENT_LOG });
  exitGracefullyOnSignals(createLogger('corredor-platform', config.LOG_LEVEL), 10_000, () => platform.stop());
  // The first thing a coordinator needs, before anything else scrolls by.
  process.stdout.write(`Corredor: open ${platform.url('web')} (sign in with a demo account below)\n`);
  process.stdout.write('\nBringing up the demo centres (the same steps as `npm run centre -- apply`):\n');
  const accounts = await bringUpDemoCentres(platform, { secret: config.AUTH_JWT_SECRET, reporter: consoleReporter(process.stdout) });
  const url = platform.url;
  const token = await signDevToken({ ...TEST_AUTH, secret: config.AUTH_JWT_SECRET, centre: 'tijuana', roles: ['coordinator'], userId: 'demo-script' });
  const lines = [
    '',
    `Corredor is running (one process, in-memory bus and stores: data is lost when it stops). Ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    '',
    `  ${'web'.padEnd(13)} ${url('web')}    (the staff web app: open it in a browser)`,
    ...platform.services.map((s) => `  ${s.name.padEnd(13)} ${s.url}`),
    '',
    `Staff: open ${url('web')} and sign in. For scripts, sign in (OpenID Connect, authorization code + PKCE) and get a token: ${url('centre')}/signin`,
    `Demo accounts, password "${DEMO_PASSWORD}" for all:`,
    ...accounts.map((a) => `  ${a.centre.padEnd(10)} ${a.role.padEnd(12)} ${a.email}`),
    '',
    'For scripts, a development token (HS256, 8 h) of a Tijuana coordinator:',
    '',
    `  export TOKEN=${token}`,
    '',
    'Try:',
    `  curl -s -X POST ${url('intake')}/v1/intakes -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\`,
    `    -d @${relative(process.cwd(), DEMO_INTAKE_FILE)}`,
    `  curl -s "${url('case')}/v1/cases?priority=high" -H "Authorization: Bearer $TOKEN"`,
    `  curl -s ${url('notification')}/v1/notifications -H "Authorization: Bearer $TOKEN"`,
    `  curl -s ${url('reporting')}/v1/reports/indicators -H "Authorization: Bearer $TOKEN"    (this year; ?period=2026-11, &format=csv)`,
    `  curl -s ${url('referral')}/v1/partners -H "Authorization: Bearer $TOKEN"`,
    `  curl -s ${url('centre')}/v1/staff -H "Authorization: Bearer $TOKEN"`,
    `  curl -s ${url('case')}/openapi.json    (every service documents its API there)`,
    '',
    'Bring up a third centre: npm run centre -- apply infra/centres/ciudad-juarez.yaml',
    'Other tokens: npm run token -- --centre tapachula --role promoter  |  npm run token -- --network red-corredor-mx --role operator',
    'Stop with Ctrl-C.',
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
