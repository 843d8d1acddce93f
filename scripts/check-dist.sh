#!/usr/bin/env bash
# Rebuilds dist/ and fails when it differs from what is committed: the action and the CLI run dist/, not src/.
set -euo pipefail
npm run -s bundle
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "dist/ does not match src/: run 'npm run bundle' and commit dist/." >&2
  git status --short -- dist >&2
  git diff --stat -- dist >&2
  exit 1
fi
echo "dist/ matches src/"
