#!/usr/bin/env bash
# npm run token -- --centre tijuana --role coordinator
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-runtime.sh
if [[ ! -f infra/platform/dist/token-cli.js ]]; then
  bash scripts/setup.sh >&2
  TURBO_TELEMETRY_DISABLED=1 npx turbo run build --output-logs=errors-only >&2
fi
exec node infra/platform/dist/token-cli.js "$@"
