#!/usr/bin/env bash
# npm run bench: the intake flow on the one-process platform (BENCH_INTAKES, BENCH_CONCURRENCY).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-runtime.sh
bash scripts/setup.sh --build
echo "Node $(node --version)"
exec node infra/platform/dist/bench/intake-flow.bench.js
