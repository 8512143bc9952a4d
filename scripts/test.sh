#!/usr/bin/env bash
# `npm test`: the whole suite. Type-check and lint, unit + database tests on PGlite, the database tests
# again on a throw-away PostgreSQL, the collaboration chaos run, then Playwright against a production build
# (after the browser chaos run: three Chromium editors in one paragraph).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
results=.tmp/test-results
rm -rf "$results" && mkdir -p "$results"

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "seed profile"
# The import tests read the real profile from ../shared/seeds/ beside this checkout (never committed here).
[ -f ../shared/seeds/japan-profile.txt ] || { echo "npm test: ../shared/seeds/japan-profile.txt is missing: put the shared folder (with seeds/) beside this checkout, as CI has it, and run again" >&2; exit 1; }

step "system packages"
bash scripts/ensure-system-deps.sh

step "type-check and lint"
npx tsc --noEmit
npx eslint . --max-warnings 0

step "unit and database tests (PGlite)"
npx vitest run --config lib/vitest.config.ts --reporter=default --reporter=json --outputFile.json="$results/vitest-pglite.json"

step "database and collaboration-server tests (PostgreSQL)"
pgdir=$(mktemp -d /tmp/folio-pg-XXXXXX)
trap 'bash scripts/temp-postgres.sh stop "$pgdir"' EXIT
pgport=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
pgurl=$(bash scripts/temp-postgres.sh start "$pgdir" "$pgport")
FOLIO_TEST_DATABASE_URL=$pgurl npx vitest run --config lib/vitest.config.ts --reporter=default --reporter=json --outputFile.json="$results/vitest-postgres.json" db.test lib/collab

if [ -f scripts/chaos.ts ]; then
  step "collaboration chaos (${CHAOS_ROUNDS:-3} rounds)"
  CHAOS_ROUNDS=${CHAOS_ROUNDS:-3} npm run --silent test:chaos
fi

step "production build"
npx next build > "$results/build.log" 2>&1 || { tail -50 "$results/build.log"; exit 1; }

step "browser chaos (Chromium editors typing in one paragraph)"
npm run --silent test:chaos -- --browser

step "end-to-end (Playwright, Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$PWD/$results/playwright.json" npx playwright test --config e2e/playwright.config.ts --reporter=list,json

node scripts/summarize-tests.mjs "$results"
