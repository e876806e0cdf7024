#!/usr/bin/env node
import { runCentreCli } from './cli/run-centre-cli';

void runCentreCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
  process.exitCode = code;
});
