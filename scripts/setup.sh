#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build: Node 24 LTS when the machine's node is another
# version (node-runtime.sh), and the npm packages. With --test-tools, also what the tests need:
# librdkafka's mock cluster (librdkafka-dev and a C compiler, for infra/kafka-mock/native),
# Debian's docker-compose (to check the compose file without a Docker engine) and Debian's chromium
# (the web app's browser tests drive /usr/bin/chromium headless). With --build, then
# builds every workspace (quietly, unless it fails).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-runtime.sh
test_tools=false build=false
for option in "$@"; do
  case "$option" in
    --test-tools) test_tools=true ;;
    --build) build=true ;;
    *) echo "usage: setup.sh [--test-tools] [--build]" >&2 && exit 2 ;;
  esac
done

if $test_tools; then
  packages=()
  [[ -f /usr/include/librdkafka/rdkafka_mock.h ]] || packages+=(librdkafka-dev)
  command -v cc >/dev/null || packages+=(gcc libc6-dev)
  command -v docker-compose >/dev/null || packages+=(docker-compose)
  [[ -x /usr/bin/chromium ]] || packages+=(chromium)
  if ((${#packages[@]} > 0)); then
    echo "setup: installing ${packages[*]} (Kafka mock cluster, compose file check, browser tests)"
    if [[ $(id -u) -eq 0 ]]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
    elif command -v sudo >/dev/null; then
      sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
    else
      echo "setup: cannot install ${packages[*]}: run as root or install them yourself" >&2
      exit 1
    fi
  fi
fi

# Install exactly what package-lock.json says, when node_modules is missing, older than the lock, or
# was installed by another Node major (native addons and engine checks depend on it).
# Not `npm ci`: the registry these machines reach does not serve the macOS and Windows builds of
# swc, turbo and jest's resolver, so npm leaves them out of the lock and `npm ci` then refuses it
# as out of sync (npm/cli#4828, #8805). `npm install` against the lock, failing if the lock would
# change, is as strict. engine-strict (.npmrc) turns any dependency whose `engines` the running Node
# does not meet into an error.
stamp=node_modules/.corredor-node
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ||
  "$(cat "$stamp" 2>/dev/null)" != "$(node --version | cut -d. -f1)" ]]; then
  echo "setup: npm install (frozen to package-lock.json) on Node $(node --version)"
  locked=$(mktemp)
  trap 'rm -f "$locked"' EXIT
  cp package-lock.json "$locked"
  npm install --no-audit --no-fund --loglevel=error
  if ! cmp -s package-lock.json "$locked"; then
    cp "$locked" package-lock.json
    echo "setup: package-lock.json does not match package.json: run npm install and commit the lock file" >&2
    exit 1
  fi
  touch node_modules/.package-lock.json
  node --version | cut -d. -f1 >"$stamp"
fi

if $build; then
  if ! log=$(TURBO_TELEMETRY_DISABLED=1 npx turbo run build --output-logs=errors-only 2>&1); then
    printf '%s\n' "$log" >&2
    echo "setup: the build failed" >&2
    exit 1
  fi
fi
