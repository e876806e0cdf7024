#!/usr/bin/env bash
# Runs the whole platform on this machine: five services, in-memory bus and stores, a demo centre.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-runtime.sh
bash scripts/setup.sh --build
exec node infra/platform/dist/start-platform-cli.js
