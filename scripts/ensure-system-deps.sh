#!/usr/bin/env bash
# Makes sure the test suite's system programs exist: Chromium (Playwright), PostgreSQL 15 (initdb/pg_ctl)
# and redis-server. Installs them with apt when running as root; otherwise prints the exact command.
set -euo pipefail

pg_bin() {
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return 0; }; done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)" && return 0
  return 1
}

missing=()
[ -x /usr/bin/chromium ] || [ -n "${FOLIO_CHROMIUM:-}" ] || missing+=(chromium)
pg_bin >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing missing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "The test suite needs: ${missing[*]}. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
