#!/usr/bin/env bash
# npm run audit-trail -- verify --service intake --centre tijuana
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-runtime.sh
if [[ ! -f infra/platform/dist/audit-trail-cli.js ]]; then bash scripts/setup.sh --build >&2; fi
exec node infra/platform/dist/audit-trail-cli.js "$@"
