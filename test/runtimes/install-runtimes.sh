#!/usr/bin/env bash
# Installs the runtimes that test/runtimes runs the package on besides Node (Bun, Deno, and
# Cloudflare's workerd through miniflare) from the npm registry into FOLDER, outside the
# repository, and prints the variables that point the tests at them. CI (.ci/run) and developers
# alike:
#
#   eval "$(bash test/runtimes/install-runtimes.sh ~/.cache/creditline-runtimes)" && npx vitest run test/runtimes
#
# Exact versions, so that a new release changes CI only through a commit here. miniflare asks for
# Node 22 in `engines` but runs on Node 20 (CI's first `npm test`); there a range like miniflare@4
# would resolve to the last release whose `engines` still said Node 18.
set -euo pipefail
folder="${1:?usage: install-runtimes.sh FOLDER}"
mkdir -p "$folder"
cd "$folder"
[ -f package.json ] || echo '{ "private": true }' >package.json
npm install --no-audit --no-fund --loglevel=error bun@1.4.5 deno@2.9.6 miniflare@4.20260730.0 >&2
echo "export CREDITLINE_BUN='$PWD/node_modules/.bin/bun' CREDITLINE_DENO='$PWD/node_modules/.bin/deno' CREDITLINE_MINIFLARE='$PWD/node_modules/miniflare'"
