#!/usr/bin/env bash
# The test command: installs what is missing, builds, type-checks, lints (code and architecture
# rules), then runs every tier: unit, integration (real Kafka protocol) and end-to-end (five
# processes). MongoDB contract suites run too when MONGO_URL points at a replica set.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
bash scripts/setup.sh --kafka-mock
echo "== build and type-check"
npx turbo run build typecheck --output-logs=errors-only
echo "== lint and dependency rules"
npm run --silent lint
echo "== tests: unit, integration, end-to-end"
npx jest --ci
