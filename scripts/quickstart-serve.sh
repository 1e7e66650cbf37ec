#!/usr/bin/env bash
# `npm start`: install what is missing, build for production and serve the app with the seed
# story on http://localhost:3000.
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
    npm ci --no-audit --no-fund
  else
    log "Packages are up to date"
  fi
}

ensure_node_modules

log "Building (next build)"
npx next build

log "Serving on http://localhost:3000 (Ctrl+C to stop)"
exec npx next start -p 3000
