#!/usr/bin/env bash
# Runs the whole platform on this machine: six services, in-memory bus and stores, two demo centres.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-runtime.sh
bash scripts/setup.sh --build
exec node infra/platform/dist/start-platform-cli.js
