# Sourced by the quick-start scripts: logging and the package install both of them need.

log() { printf '\n==> %s\n' "$*"; }

# npm ci when node_modules is missing or older than the lock file, so a fresh clone and a
# pulled lock file both end up with exactly the locked packages. The lock file lists every
# platform's optional builds (Next.js SWC, Tailwind oxide), so npm ci accepts it everywhere and
# never rewrites it: a fresh clone's tracked files stay unchanged. Refresh it after a dependency
# change with `npm install --package-lock-only`, which keeps those entries.
ensure_node_modules() {
  if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] \
    || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "Installing packages (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  else
    log "Packages are up to date"
  fi
}
