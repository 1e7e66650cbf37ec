#!/usr/bin/env bash
# `npm start`: install what is missing, build for production and serve the app with the seed
# story on http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# shellcheck source=scripts/ensure-packages.sh
. scripts/ensure-packages.sh

ensure_node_modules

log "Building (next build)"
npx next build

log "Serving on http://localhost:3000 (Ctrl+C to stop)"
exec node scripts/serve.mjs -p 3000
