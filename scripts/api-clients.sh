#!/usr/bin/env bash
# Regenerates the web app's API types (services/web/src/app/api/generated) from every service's
# /openapi.json; with --check, fails when the checked-in ones are stale (the unit tests check it too).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-runtime.sh
bash scripts/setup.sh --build
exec node infra/platform/dist/api-clients/api-clients-cli.js "$@"
