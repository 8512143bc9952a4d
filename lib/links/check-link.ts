import { safeFetch, type SafeFetchOptions, type SafeFetchResult } from "@/lib/net/safe-fetch";
import { SafeFetchError } from "@/lib/net/safe-fetch-error";

/** What one check of a URL found; `failure` becomes "failing" or "dead" with the URL's history. */
export interface LinkOutcome {
  kind: "ok" | "redirected" | "failure" | "unknown" | "refused";
  reason: string;
  status: number | null;
  finalUrl: string | null;
}

const BLOCKED = new Set([401, 403, 429, 503]);

function sameUrl(a: string, b: string): boolean {
  return a.replace(/\/$/, "") === b.replace(/\/$/, "");
}

function classify(url: string, res: SafeFetchResult): LinkOutcome {
  const base = { status: res.status, finalUrl: res.finalUrl };
  if (BLOCKED.has(res.status)) return { kind: "unknown", reason: `the site refused the checker (HTTP ${res.status}); not counted as dead`, ...base };
  if (res.status >= 400) return { kind: "failure", reason: res.status === 404 || res.status === 410 ? `HTTP ${res.status}: the page is gone` : `HTTP ${res.status}`, ...base };
  if (res.status < 200 || res.status >= 300) return { kind: "unknown", reason: `unexpected HTTP ${res.status}`, ...base };
  const start = new URL(url);
  const end = new URL(res.finalUrl);
  if (res.redirects.length > 0 && end.pathname === "/" && !end.search && (start.pathname !== "/" || start.search !== "")) {
    return { kind: "failure", reason: "soft 404: redirected to the site's front page", ...base };
  }
  if (res.redirects.length > 0 && !sameUrl(url, res.finalUrl)) return { kind: "redirected", reason: `moved to ${res.finalUrl}`, ...base };
  return { kind: "ok", reason: `HTTP ${res.status}`, ...base };
}

function fromError(e: SafeFetchError): LinkOutcome {
  const kind = e.failure === "refused" ? "refused" : "failure";
  return { kind, reason: e.reason, status: null, finalUrl: null };
}

/** Checks one URL: HEAD, then GET when HEAD gets an error status (some servers refuse HEAD). Never throws for network outcomes. */
export async function checkLink(url: string, options: Omit<SafeFetchOptions, "method"> = {}): Promise<LinkOutcome> {
  let head: SafeFetchResult;
  try {
    head = await safeFetch(url, { ...options, method: "HEAD" });
  } catch (e) {
    if (e instanceof SafeFetchError) return fromError(e);
    throw e;
  }
  if (head.status < 400) return classify(url, head);
  try {
    return classify(url, await safeFetch(url, { ...options, method: "GET", maxBytes: 64 * 1024 }));
  } catch (e) {
    if (e instanceof SafeFetchError) return fromError(e);
    throw e;
  }
}
