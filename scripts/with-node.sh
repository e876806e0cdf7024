#!/usr/bin/env bash
# Runs a command on the project's Node (24 LTS, brought in by node-runtime.sh when the machine's is
# another version): `bash scripts/with-node.sh turbo run build`. The npm scripts go through it.
set -euo pipefail
source "$(dirname "$0")/node-runtime.sh"
exec "$@"
