#!/usr/bin/env bash
# The container build's steps. infra/docker/Dockerfile runs them, and so does the image-build test
# (infra/e2e) in a clean copy of the repository, so what CI proves is what the image does.
#
#   image-build.sh build                      install exactly what package-lock.json says, by the
#                                             same path as every other install (scripts/setup.sh),
#                                             and build every workspace
#   image-build.sh deploy <workspace> <dir>   after build: a runtime tree for one workspace
#                                             (services/intake...) in <dir>: its built code, the
#                                             workspaces it depends on, and their production
#                                             dependencies only
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1

build() {
  bash scripts/setup.sh
  npx turbo run build --output-logs=errors-only
}

# turbo prune keeps the workspace and those it depends on, with a lock file pruned to them; npm prune
# then removes from the installed node_modules every package they do not need at run time. Nothing is
# installed again: what is left is what the build stage installed from the lock, and a check proves
# every package left is the version and content (integrity) package-lock.json names.
deploy() {
  local workspace=${1:?workspace, e.g. services/intake} out=${2:?output directory}
  [[ -f "$workspace/package.json" ]] || { echo "image-build: no workspace at $workspace" >&2; exit 2; }
  [[ -d "$workspace/dist" ]] || { echo "image-build: $workspace is not built: run image-build.sh build first" >&2; exit 2; }
  [[ ! -e "$out" || -z "$(ls -A "$out")" ]] || { echo "image-build: $out is not empty" >&2; exit 2; }
  local staging dir runtime
  # Workspaces reached through `dependencies` (a devDependency such as the Kafka mock stays out).
  runtime=$(node scripts/image/runtime-workspaces.js "$workspace")
  staging=$(mktemp -d)
  trap "rm -rf '$staging'" EXIT
  npx turbo prune "$(node -p "require('./$workspace/package.json').name")" --out-dir "$staging" >/dev/null
  # Hard links: quick, and npm prune only removes what it does not need; the hidden lock file, which
  # it rewrites, is a copy of its own.
  cp -al node_modules "$staging/"
  rm "$staging/node_modules/.package-lock.json"
  cp node_modules/.package-lock.json "$staging/node_modules/"
  for dir in $runtime; do
    if [[ -d "$dir/node_modules" ]]; then cp -al "$dir/node_modules" "$staging/$dir/"; fi
  done
  (cd "$staging" && npm prune --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
  node scripts/image/installed-matches-lock.js package-lock.json "$staging/node_modules/.package-lock.json"
  mkdir -p "$out/node_modules"
  (cd "$staging/node_modules" && find . -mindepth 1 -maxdepth 1 ! -name @corredor ! -name .bin ! -name .package-lock.json -exec cp -a {} "$out/node_modules/" \;)
  mkdir -p "$out/node_modules/@corredor"
  for dir in $runtime; do
    mkdir -p "$out/$dir"
    cp -a "$dir/package.json" "$dir/dist" "$out/$dir/"
    if [[ -d "$staging/$dir/node_modules" ]]; then cp -a "$staging/$dir/node_modules" "$out/$dir/"; fi
    ln -s "../../$dir" "$out/node_modules/$(node -p "require('./$dir/package.json').name")"
  done
  find "$out/node_modules" -mindepth 1 -maxdepth 1 -type d -empty -delete
}

case "${1:-}" in
  build) build ;;
  deploy) deploy "${2:-}" "${3:-}" ;;
  *) echo "usage: image-build.sh build | deploy <workspace> <dir>" >&2 && exit 2 ;;
esac
