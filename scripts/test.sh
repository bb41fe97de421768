#!/usr/bin/env bash
# Install everything the test suite needs on a fresh machine, then run pytest.
# Usage: bash scripts/test.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
. .venv/bin/activate
python -m pip install -q --upgrade pip >/dev/null
python -m pip install -q -e ".[test]"
# Neo4j's own Cypher parser (npm package, pinned in tests/cypherlint/package-lock.json).
if command -v npm >/dev/null 2>&1 && [ ! -d tests/cypherlint/node_modules ]; then
  (cd tests/cypherlint && npm ci --no-audit --no-fund --loglevel=error)
fi
# Headless Chromium for the HTML tests (Debian's package).
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
python -m pytest "$@"
