#!/usr/bin/env bash
# npm run centre -- apply infra/centres/tapachula.yaml   (and list, show, suspend, reactivate, archive, reinvite)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/node-runtime.sh"
if [[ ! -f "$root/infra/centre-cli/dist/centre-cli.js" ]]; then bash "$root/scripts/setup.sh" --build >&2; fi
# Relative file paths are the operator's: npm runs scripts from the repository root, and says in
# INIT_CWD where the command was typed.
cd "${INIT_CWD:-$PWD}"
exec node "$root/infra/centre-cli/dist/centre-cli.js" "$@"
