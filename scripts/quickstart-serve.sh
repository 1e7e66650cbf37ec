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

ensure_node_modules

log "Building (next build)"
npx next build

log "Serving on http://localhost:3000 (Ctrl+C to stop)"
exec npx next start -p 3000
