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
set -Eeuo pipefail
cd "$(dirname "$0")/.."
source scripts/node-runtime.sh
export TURBO_TELEMETRY_DISABLED=1

build() {
  bash scripts/setup.sh
  npx turbo run build --output-logs=errors-only
}

# turbo prune keeps the workspace and those it depends on, with a lock file pruned to them; npm prune
# then removes from the installed node_modules every package they do not need at run time. Nothing is
# installed again: what is left is what the build stage installed (and npm checked against the lock's
# integrity when it downloaded it), and a check proves every package left is at the version and with
# the integrity that package-lock.json names.
deploy() {
  local workspace=${1:?workspace, e.g. services/intake} out=${2:?output directory}
  [[ -f "$workspace/package.json" ]] || { echo "image-build: no workspace at $workspace" >&2; exit 2; }
  [[ -d "$workspace/dist" ]] || { echo "image-build: $workspace is not built: run image-build.sh build first" >&2; exit 2; }
  [[ ! -e "$out" || -z "$(ls -A "$out")" ]] || { echo "image-build: $out is not empty" >&2; exit 2; }
  mkdir -p "$out" && out=$(cd "$out" && pwd)
  local staging dir runtime
  # Workspaces reached through `dependencies` (a devDependency such as the Kafka mock stays out).
  runtime=$(node scripts/image/runtime-workspaces.js "$workspace")
  # Staged beside node_modules (same file system, so hard links work whatever TMPDIR is); on
  # failure, neither the staging tree nor a half-written output is left behind.
  mkdir -p .tools
  staging=$(mktemp -d "$PWD/.tools/image-build.XXXXXX")
  trap "rm -rf '$staging'" EXIT
  trap "rm -rf '$staging'; find '$out' -mindepth 1 -delete" ERR
  npx turbo prune "$(node -p "require('./$workspace/package.json').name")" --out-dir "$staging" >/dev/null
  # Hard links: quick, and npm prune only removes what it does not need; the hidden lock file, which
  # it rewrites, is a copy of its own.
  cp -al node_modules "$staging/"
  rm "$staging/node_modules/.package-lock.json"
  cp node_modules/.package-lock.json "$staging/node_modules/"
  for dir in $runtime; do
    if [[ -d "$dir/node_modules" ]]; then cp -al "$dir/node_modules" "$staging/$dir/"; fi
  done
  # --omit=optional too: an optional peer dependency satisfied by a dev tool (i18next's on typescript)
  # would otherwise keep that tool in the image; no runtime package has an optional dependency.
  (cd "$staging" && npm prune --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund --loglevel=error)
  node scripts/image/installed-matches-lock.js package-lock.json "$staging/node_modules/.package-lock.json"
  mkdir -p "$out/node_modules/@corredor"
  find "$staging/node_modules" -mindepth 1 -maxdepth 1 ! -name @corredor ! -name .bin ! -name .package-lock.json \
    -exec cp -a -t "$out/node_modules" {} +
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
