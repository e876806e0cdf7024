#!/usr/bin/env node
import { TEST_AUTH } from '@corredor/service-kit/testing';
import { runAuditTrailCli } from './audit-trail-verify';

void runAuditTrailCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  devAuth: TEST_AUTH,
}).then((code) => {
  process.exitCode = code;
});
