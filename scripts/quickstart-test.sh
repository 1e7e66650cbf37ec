#!/usr/bin/env bash
# `npm test`: install what is missing (packages; Debian Chromium when root), then type-check,
# unit-test, build for production, run the browser tests against that build, then short load
# and crash tests against it, and three instances sharing one PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# shellcheck source=scripts/ensure-packages.sh
. scripts/ensure-packages.sh

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
STEP="setup"
START=$SECONDS

report() {
  local status=$?
  local took=$((SECONDS - START))
  if [ "$status" -eq 0 ]; then
    printf '\nPASS  npm test: typecheck, unit tests, build, browser, load, crash and several-instance tests all passed (%ss)\n' "$took"
  else
    printf '\nFAIL  npm test: failed at step "%s" (exit %s, %ss)\n' "$STEP" "$status" "$took" >&2
  fi
}
trap report EXIT

# Playwright drives Debian's Chromium; it never downloads a browser of its own.
ensure_chromium() {
  if [ -x "$CHROMIUM" ]; then
    log "Chromium found at $CHROMIUM"
  elif [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    log "Installing Debian Chromium (apt-get install chromium)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends chromium
  else
    echo "Chromium is missing at $CHROMIUM and this script cannot install it (it needs root and apt-get)." >&2
    echo "Install it with 'sudo apt-get install chromium', or set CHROMIUM_PATH to a Chromium binary." >&2
    return 1
  fi
}

STEP="install packages"; ensure_node_modules
STEP="install chromium"; ensure_chromium
STEP="typecheck (tsc --noEmit)"; log "Type-checking"; npx tsc --noEmit
STEP="layer rules (npm run lint:layers)"; log "Layer rules: no import runs back up the layers"; npm run -s lint:layers
STEP="unit tests (vitest run)"; log "Unit tests"; npx vitest run
STEP="API tests on PostgreSQL"; log "API and storage tests on a throwaway PostgreSQL server"; bash scripts/with-postgres.sh npx vitest run app lib/store
STEP="build (next build)"; log "Production build"; npx next build
STEP="browser tests (playwright test)"; log "Browser tests against the production build"; npx playwright test
# Short, bounded forms of `npm run load` and `npm run crash` (each on a server and database of its own).
STEP="load test (npm run load, 3 s)"; log "Load test: concurrent creates and reads, nothing lost"; npm run -s load -- --seconds 3
STEP="crash test (npm run crash)"; log "Crash test: kill -9 mid-writes, every acknowledged comparison reads back"; npm run -s crash -- --after 15
STEP="crash test on PostgreSQL"; log "Crash test on PostgreSQL"; bash scripts/with-postgres.sh npm run -s crash -- --after 15 --postgres
STEP="several instances on PostgreSQL (npm run multi)"; log "Several instances: three servers on one PostgreSQL, kill -9 mid-burst, nothing lost, rate limit shared"; bash scripts/with-postgres.sh npm run -s multi -- --seconds 6
STEP="done"
