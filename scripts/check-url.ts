// `npm run --silent check-url -- [--json] URL`: what the link checker decides for one URL (exit 0).
// Uses the same SSRF-safe fetcher as the server; FOLIO_FETCH_ALLOW admits loopback test servers.
import { parseArgs } from "node:util";
import { fatal } from "@/lib/bootstrap/fatal";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { checkLink } from "@/lib/links/check-link";
import { verdictForUrl, type UrlDecision } from "@/lib/links/verdict-for-url";

const usage = "usage: npm run --silent check-url -- [--json] URL";

async function main() {
  let args;
  try {
    args = parseArgs({ options: { json: { type: "boolean" } }, allowPositionals: true });
  } catch (e) {
    fatal("check-url", new AppError("bad_request:args", `${(e as Error).message}\n${usage}`));
  }
  const url = args.positionals[0];
  if (!url || args.positionals.length > 1) fatal("check-url", new AppError("bad_request:args", usage));
  let e;
  try {
    e = env();
  } catch (err) {
    fatal("check-url", err);
  }
  const decision: UrlDecision =
    e.LINK_CHECK === "off"
      ? { url, verdict: "unknown", reason: "link checking is off (LINK_CHECK=off)", status: null, finalUrl: null }
      : verdictForUrl(url, await checkLink(url, { allow: e.FOLIO_FETCH_ALLOW }));
  if (args.values.json) console.log(JSON.stringify(decision));
  else console.log(`${decision.verdict}: ${decision.reason}${decision.finalUrl && decision.finalUrl !== url ? ` (final URL ${decision.finalUrl})` : ""}`);
}

void main();
