#!/usr/bin/env bash
# Runs the whole platform on this machine: five services, in-memory bus and stores, a demo centre.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
source scripts/node-runtime.sh
bash scripts/setup.sh
npx turbo run build --output-logs=errors-only >/dev/null
exec node infra/platform/dist/start-platform-cli.js
