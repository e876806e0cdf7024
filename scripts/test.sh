#!/usr/bin/env bash
# The test command: installs what is missing (Node 24, npm packages, test tools), builds, type-checks,
# lints (code and architecture rules), checks the compose file, then runs every tier: unit,
# integration (real Kafka protocol), end-to-end (six processes) and the container build's steps in
# a clean copy, then the benchmark's regression gate (npm run bench -- gate: a short run whose
# ratios may fall at most 25 % below infra/bench/baseline.json). MongoDB contract suites run too
# when MONGO_URL points at a replica set.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
source scripts/node-runtime.sh
bash scripts/setup.sh --test-tools
echo "== Node $(node --version), npm $(npm --version)"
echo "== build and type-check"
npx turbo run build typecheck --output-logs=errors-only
echo "== lint and dependency rules"
npm run --silent lint
echo "== compose file"
# The file ships no secret and refuses to resolve without the operator's: give it throwaway ones.
AUTH_JWT_SECRET=compose-check DATA_MASTER_KEY=compose-check OIDC_COOKIE_KEYS=compose-check WEB_SESSION_SECRETS=compose-check docker-compose config --quiet
echo "== tests: unit, integration, end-to-end"
# Two workers on CI's two cores: jest's default (cores - 1) ran the suites one by one, and most of
# them wait on sockets, brokers and processes rather than compute (10.4 min alone, 6 min with two).
bash scripts/jest.sh --ci --maxWorkers=2
echo "== benchmark regression gate (ratios against infra/bench/baseline.json)"
# Alone on the machine, after the tests: a ratio measured beside a test run would mean nothing.
node infra/bench/dist/bench-cli.js --quick --gate
