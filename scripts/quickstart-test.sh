#!/usr/bin/env bash
# `npm test`: install what is missing (packages; Debian Chromium when root), then type-check,
# unit-test, build for production and run the browser tests against that build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
log() { printf '\n==> %s\n' "$*"; }

# npm ci when node_modules is missing or older than the lock file, so a fresh clone and a
# pulled lock file both end up with exactly the locked packages.
ensure_node_modules() {
  if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] \
    || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "Installing packages (npm ci)"
    if ! npm ci --no-audit --no-fund; then
      # npm ci refuses a lock file that lacks any optional platform package (macOS or Windows
      # builds of Next.js and Tailwind), and a lock made where the registry does not serve those
      # cannot list them. npm install keeps the locked versions and skips what it cannot fetch.
      log "npm ci refused the lock file; installing with npm install instead"
      npm install --no-audit --no-fund
    fi
  else
    log "Packages are up to date"
  fi
}

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
STEP="setup"
START=$SECONDS

report() {
  local status=$?
  local took=$((SECONDS - START))
  if [ "$status" -eq 0 ]; then
    printf '\nPASS  npm test: typecheck, unit tests, build and browser tests all passed (%ss)\n' "$took"
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
STEP="unit tests (vitest run)"; log "Unit tests"; npx vitest run
STEP="build (next build)"; log "Production build"; npx next build
STEP="browser tests (playwright test)"; log "Browser tests against the production build"; npx playwright test
STEP="done"
