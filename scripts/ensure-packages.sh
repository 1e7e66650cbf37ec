# Sourced by the quick-start scripts: logging and the package install both of them need.

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
