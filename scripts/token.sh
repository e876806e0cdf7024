#!/usr/bin/env bash
# npm run token -- --centre tijuana --role coordinator
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-runtime.sh
if [[ ! -f infra/platform/dist/token-cli.js ]]; then bash scripts/setup.sh --build >&2; fi
exec node infra/platform/dist/token-cli.js "$@"
