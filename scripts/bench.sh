#!/usr/bin/env bash
# npm run bench [-- intake|reporting|all]: the benchmarks, on a fresh build.
#   intake (the default): the intake flow on the one-process platform (BENCH_INTAKES, BENCH_CONCURRENCY).
#   reporting: reporting's projection rebuilt from the event log on librdkafka's mock cluster, beside a
#     plain kafkajs consumer, then a year's indicator report (BENCH_EVENTS, BENCH_PEOPLE, BENCH_REPORTS,
#     BENCH_CPU_PROF=1 to profile); figures also in bench-results/reporting-rebuild.json.
#   all: both, one after the other.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-intake}
case "$which" in
  intake | reporting | all) ;;
  *) echo "usage: npm run bench [-- intake|reporting|all]" >&2 && exit 2 ;;
esac
source scripts/node-runtime.sh
bash scripts/setup.sh --build
echo "Node $(node --version)"
if [[ "$which" == intake || "$which" == all ]]; then
  node infra/platform/dist/bench/intake-flow.bench.js
fi
if [[ "$which" == reporting || "$which" == all ]]; then
  # The mock cluster is librdkafka's (infra/kafka-mock): compiled on first use, which needs librdkafka-dev.
  node infra/platform/dist/bench/reporting-rebuild.bench.js
fi
