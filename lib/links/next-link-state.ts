import type { LinkOutcome } from "./check-link";
import { DEAD_AFTER_FAILURES, FAILURE_SPACING_MS, type LinkHistory } from "./link-status";

/**
 * The URL's status after one check, as Wikipedia's link bot decides it: a failure is "failing" until
 * 3 failures at least 3 days apart make it "dead"; any success resets the count; 401/403/429/503 are
 * "unknown" and leave the count alone.
 */
export function nextLinkState(prev: LinkHistory, outcome: LinkOutcome, now: Date): LinkHistory {
  switch (outcome.kind) {
    case "ok":
    case "redirected":
      return { status: outcome.kind, failureCount: 0, lastFailureAt: null };
    case "unknown":
    case "refused":
      return { ...prev, status: outcome.kind };
    case "failure": {
      const counts = prev.lastFailureAt === null || now.getTime() - prev.lastFailureAt.getTime() >= FAILURE_SPACING_MS;
      const failureCount = counts ? prev.failureCount + 1 : prev.failureCount;
      const lastFailureAt = counts ? now : prev.lastFailureAt;
      return { status: failureCount >= DEAD_AFTER_FAILURES ? "dead" : "failing", failureCount, lastFailureAt };
    }
  }
}
