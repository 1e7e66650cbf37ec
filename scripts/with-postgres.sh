#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server on loopback, then stops the server and
# deletes its files, whatever the command's outcome. The command sees DATABASE_URL (so the app
# stores there) and PARALLAX_TEST_DATABASE_URL (so the API tests add their PostgreSQL runs).
#
#   bash scripts/with-postgres.sh npx vitest run app/api lib/store
#   PARALLAX_PG_PORT=5440 bash scripts/with-postgres.sh ...   (a fixed port instead of a free one)
#
# Uses Debian's server (apt package `postgresql`); installs it when missing and running as root.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$#" -gt 0 ] || { echo "usage: bash scripts/with-postgres.sh COMMAND [ARGS...]" >&2; exit 64; }

find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

PG_BIN="${PG_BIN:-$(find_pg_bin)}"
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/postgres" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "==> Installing PostgreSQL (apt-get install postgresql)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    PG_BIN="$(find_pg_bin)"
  else
    echo "PostgreSQL is not installed and this script cannot install it (it needs root and apt-get)." >&2
    echo "Install it with 'sudo apt-get install postgresql', or set PG_BIN to its bin directory." >&2
    exit 1
  fi
fi

# PostgreSQL refuses to run as root, so as root the server runs as the postgres user.
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

DIR="$(mktemp -d /tmp/parallax-pg.XXXXXX)"
[ "$(id -u)" -eq 0 ] && chown postgres "$DIR"
# PARALLAX_PG_PORT picks the port (helpers sharing a machine each keep to their own range).
PORT="${PARALLAX_PG_PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"

stop_server() {
  as_server_user "$PG_BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop_server EXIT

as_server_user "$PG_BIN/initdb" -D "$DIR/data" -U parallax --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_server_user "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR" start >/dev/null
as_server_user "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U parallax parallax

export DATABASE_URL="postgresql://parallax@127.0.0.1:$PORT/parallax"
export PARALLAX_TEST_DATABASE_URL="$DATABASE_URL"
echo "==> PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT; running: $*"
set +e
"$@"
status=$?
set -e
exit "$status"
