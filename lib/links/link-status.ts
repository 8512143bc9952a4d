export const linkStatuses = ["unchecked", "ok", "redirected", "failing", "dead", "unknown", "refused"] as const;
export type LinkStatus = (typeof linkStatuses)[number];

export interface LinkHistory {
  status: LinkStatus;
  /** Failures counted so far, each at least 3 days after the one before. */
  failureCount: number;
  lastFailureAt: Date | null;
}

export const DEAD_AFTER_FAILURES = 3;
export const FAILURE_SPACING_MS = 3 * 24 * 3600_000;
export const RECHECK_AFTER_MS = 7 * 24 * 3600_000;
