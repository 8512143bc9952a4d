import { describe, expect, it } from "vitest";
import { freshnessTone, monthsSince, staleBefore } from "./freshness-tone";

describe("freshnessTone", () => {
  it.each([
    [null, "empty"],
    ["2026-01-10", "fresh"],
    ["2025-08-01", "ageing"],
    ["2025-03-01", "stale"],
    ["2025-02-28", "stale"],
  ] as const)("%s → %s (policy 12 months, today 2026-03-01)", (oldest, tone) => {
    expect(freshnessTone(oldest, "2026-03-01", 12)).toBe(tone);
  });

  it("counts whole months and finds the stale boundary", () => {
    expect(monthsSince("2025-03-02", "2026-03-01")).toBe(11);
    expect(monthsSince("2025-03-01", "2026-03-01")).toBe(12);
    expect(staleBefore("2026-03-01", 12)).toBe("2025-03-01");
  });
});
