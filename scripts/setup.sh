#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build (npm packages) and, with --kafka-mock, to run
# the test broker (librdkafka's mock cluster, compiled from infra/kafka-mock/native).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--kafka-mock" ]] && [[ ! -f /usr/include/librdkafka/rdkafka_mock.h || -z "$(command -v cc)" ]]; then
  echo "setup: installing librdkafka-dev and a C compiler (for the Kafka mock cluster)"
  packages=(librdkafka-dev gcc libc6-dev)
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  elif command -v sudo >/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  else
    echo "setup: cannot install ${packages[*]}: run as root or install them yourself" >&2
    exit 1
  fi
fi

# Install exactly what package-lock.json says, when node_modules is missing or older than it.
# Not `npm ci`: the registry these machines reach does not serve the macOS and Windows builds of
# swc, turbo and jest's resolver, so npm leaves them out of the lock and `npm ci` then refuses it
# as out of sync (npm/cli#4828, #8805). `npm install` against the lock, failing if the lock would
# change, is as strict.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "setup: npm install (frozen to package-lock.json)"
  locked=$(mktemp)
  cp package-lock.json "$locked"
  npm install --no-audit --no-fund --loglevel=error
  if ! cmp -s package-lock.json "$locked"; then
    cp "$locked" package-lock.json
    echo "setup: package-lock.json does not match package.json: run npm install and commit the lock file" >&2
    exit 1
  fi
  touch node_modules/.package-lock.json
fi
