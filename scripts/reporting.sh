#!/usr/bin/env bash
# npm run reporting -- rebuild   (and status, status --follow, rebuild --no-wait, --help)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/node-runtime.sh"
if [[ ! -f "$root/infra/centre-cli/dist/reporting-cli.js" ]]; then bash "$root/scripts/setup.sh" --build >&2; fi
cd "${INIT_CWD:-$PWD}"
exec node "$root/infra/centre-cli/dist/reporting-cli.js" "$@"
