import { describe, expect, it } from "vitest";
import type { LinkOutcome } from "./check-link";
import type { LinkHistory } from "./link-status";
import { nextLinkState } from "./next-link-state";

const fail: LinkOutcome = { kind: "failure", reason: "HTTP 404", status: 404, finalUrl: null };
const ok: LinkOutcome = { kind: "ok", reason: "HTTP 200", status: 200, finalUrl: null };
const blocked: LinkOutcome = { kind: "unknown", reason: "HTTP 403", status: 403, finalUrl: null };
const fresh: LinkHistory = { status: "unchecked", failureCount: 0, lastFailureAt: null };
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));

describe("nextLinkState", () => {
  it("one failure is failing, not dead", () => {
    expect(nextLinkState(fresh, fail, day(0)).status).toBe("failing");
  });

  it("dead only after 3 failures at least 3 days apart", () => {
    let s = nextLinkState(fresh, fail, day(0));
    s = nextLinkState(s, fail, day(1));
    s = nextLinkState(s, fail, day(2));
    expect(s).toMatchObject({ status: "failing", failureCount: 1 });
    s = nextLinkState(s, fail, day(3));
    expect(s).toMatchObject({ status: "failing", failureCount: 2 });
    s = nextLinkState(s, fail, day(6));
    expect(s).toMatchObject({ status: "dead", failureCount: 3 });
  });

  it("a success in between (flapping) resets the count", () => {
    let s = nextLinkState(fresh, fail, day(0));
    s = nextLinkState(s, fail, day(3));
    s = nextLinkState(s, ok, day(6));
    s = nextLinkState(s, fail, day(9));
    expect(s).toMatchObject({ status: "failing", failureCount: 1 });
  });

  it("blocked by the site is unknown and never counts towards dead", () => {
    let s = nextLinkState(fresh, fail, day(0));
    s = nextLinkState(s, blocked, day(3));
    expect(s).toMatchObject({ status: "unknown", failureCount: 1 });
  });
});
