import type { LinkOutcome } from "./check-link";

export type UrlVerdict = "ok" | "redirected" | "failing" | "dead" | "unknown" | "refused";

export interface UrlDecision {
  url: string;
  verdict: UrlVerdict;
  reason: string;
  status: number | null;
  finalUrl: string | null;
}

/** The check-url answer for one check without history: one failure is "failing", never yet "dead". */
export function verdictForUrl(url: string, outcome: LinkOutcome): UrlDecision {
  const verdict: UrlVerdict = outcome.kind === "failure" ? "failing" : outcome.kind;
  return { url, verdict, reason: outcome.reason, status: outcome.status, finalUrl: outcome.finalUrl };
}
