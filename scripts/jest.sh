#!/usr/bin/env bash
# Runs jest on the project's Node with ES module support in its VM: oidc-provider, openid-client and
# otplib ship only as ES modules, and jest loads them through require(esm) only with this flag.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-runtime.sh
exec node --experimental-vm-modules --disable-warning=ExperimentalWarning node_modules/jest/bin/jest.js "$@"
