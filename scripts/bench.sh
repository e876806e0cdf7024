#!/usr/bin/env bash
# npm run bench [-- platform|quick|gate|reporting|all] [--write-baseline]: the benchmarks, on a fresh build.
#   platform (the default): the platform side by side with its baselines (infra/bench): express+helmet
#     hello, the service kit's trivial route, the intake service alone, npm start; the services as
#     processes over the Kafka protocol against raw kafkajs; pipeline latency, event-loop blocking,
#     memory, outbox drain. Prints every figure and ratio; writes bench-results/bench.json. ~6 min.
#   quick: the same, shorter (~2 min). gate: quick, then fails when a ratio falls more than 25 %
#     below infra/bench/baseline.json (what CI runs). --write-baseline: this run becomes the baseline.
#   reporting: reporting's projection rebuilt from the event log on librdkafka's mock cluster, beside a
#     plain kafkajs consumer, then a year's indicator report (BENCH_EVENTS, BENCH_PEOPLE, BENCH_REPORTS,
#     BENCH_CPU_PROF=1 to profile); figures also in bench-results/reporting-rebuild.json.
#   all: platform, then reporting.
set -euo pipefail
cd "$(dirname "$0")/.."
which=platform
flags=()
for arg in "$@"; do
  case "$arg" in
    platform | quick | gate | reporting | all) which=$arg ;;
    --write-baseline) flags+=("$arg") ;;
    *) echo "usage: npm run bench [-- platform|quick|gate|reporting|all] [--write-baseline]" >&2 && exit 2 ;;
  esac
done
source scripts/node-runtime.sh
# The Kafka part needs librdkafka's mock cluster (compiled on first use from librdkafka-dev).
bash scripts/setup.sh --test-tools --build
echo "Node $(node --version)"
case "$which" in
  platform | all) node infra/bench/dist/bench-cli.js ${flags[@]+"${flags[@]}"} ;;
  quick) node infra/bench/dist/bench-cli.js --quick ${flags[@]+"${flags[@]}"} ;;
  gate) node infra/bench/dist/bench-cli.js --quick --gate ${flags[@]+"${flags[@]}"} ;;
esac
if [[ "$which" == reporting || "$which" == all ]]; then
  node infra/platform/dist/bench/reporting-rebuild.bench.js
fi
