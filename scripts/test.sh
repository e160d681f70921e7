#!/usr/bin/env bash
# Install everything the tests need on a fresh Debian machine and run them all
# (on SQLite and on a real PostgreSQL server). Usage: bash scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  NEED=""
  for p in postgresql libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core poppler-utils; do
    dpkg -s "$p" >/dev/null 2>&1 || NEED="$NEED $p"
  done
  if [ -n "$NEED" ]; then apt-get update -qq && apt-get install -y -qq $NEED >/dev/null; fi
fi
python3 -m pip install -q --disable-pip-version-check -e '.[test]'
export QT_QPA_PLATFORM=offscreen
export BELTEAM_TEST_PG_URL=${BELTEAM_TEST_PG_URL:-$(bash scripts/start-postgres.sh)}
ruff check belteam ui tests benchmarks
lint-imports   # the house's layering (contracts in pyproject.toml)
mypy           # types over belteam/ (settings in pyproject.toml)
python3 -m pytest -q "$@"
