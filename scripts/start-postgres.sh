#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the tests and print its URL.
# pg_ctl refuses to run as root, so the cluster belongs to the postgres user.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$PGBIN" ]; then echo "no PostgreSQL server installed" >&2; exit 1; fi
PORT=${BELTEAM_PG_PORT:-55432}
BASE=${BELTEAM_PG_DIR:-/tmp/belteam-pg}
RUNAS=()
if [ "$(id -u)" = 0 ]; then RUNAS=(su postgres -s /bin/bash -c); fi
run() { if [ ${#RUNAS[@]} -gt 0 ]; then "${RUNAS[@]}" "$1"; else bash -c "$1"; fi; }
if ! run "$PGBIN/pg_ctl -D $BASE/data status" >/dev/null 2>&1; then
  rm -rf "$BASE"; mkdir -p "$BASE/sock"
  [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$BASE"
  run "$PGBIN/initdb -D $BASE/data -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
  run "$PGBIN/pg_ctl -D $BASE/data -l $BASE/log -w -o '-p $PORT -k $BASE/sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off' start" >/dev/null
fi
run "$PGBIN/psql -h $BASE/sock -p $PORT -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='belteam_test'\"" | grep -q 1 \
  || run "$PGBIN/createdb -h $BASE/sock -p $PORT -U postgres belteam_test"
echo "postgresql://postgres@127.0.0.1:$PORT/belteam_test"
