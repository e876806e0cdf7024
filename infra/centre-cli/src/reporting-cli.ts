#!/usr/bin/env node
import { runReportingCli } from './cli/run-reporting-cli';

void runReportingCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
  process.exitCode = code;
});
