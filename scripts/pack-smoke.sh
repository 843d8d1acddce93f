#!/usr/bin/env bash
# What a user gets from npm: packs the package, installs the tarball into an empty directory
# and runs the CLI there on a copy of examples/sales. `--offline` proves the install needs no
# registry (the package has no runtime dependencies: everything is bundled in dist/cli).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
version=$(node -p 'require("./package.json").version')
limit=$((3 * 1024 * 1024))
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

npm pack --silent --pack-destination "$work" >/dev/null
tarball=$(ls "$work"/reprokit-*.tgz)
size=$(wc -c <"$tarball")
if [ "$size" -gt "$limit" ]; then
  echo "pack: $(basename "$tarball") is $size bytes, over the 3 MiB limit" >&2
  exit 1
fi
echo "pack: $(basename "$tarball") is $size bytes"

cd "$work"
echo '{ "name": "reprokit-pack-smoke", "private": true }' >package.json
npm install --no-save --offline --no-audit --no-fund "./$(basename "$tarball")" >/dev/null
got=$(npx --no -- reprokit --version)
if [ "$got" != "reprokit $version" ]; then
  echo "pack: npx reprokit --version printed \"$got\", expected \"reprokit $version\"" >&2
  exit 1
fi
echo "pack: $got installed from the tarball"

cp -R "$repo/examples/sales" sales
rm -rf sales/.reprokit
npx --no -- reprokit run -C sales >/dev/null
npx --no -- reprokit status -C sales --exit-code >/dev/null
echo "pack: npx reprokit run on a copy of examples/sales: ok, then all fresh"
