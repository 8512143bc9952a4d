import { describe, expect, it } from "vitest";
import { assertTransition, canTransition, displayStatus, nextStatus, reviewEvents, sectionStatuses, type ReviewEvent, type SectionStatus } from "./status";

// Every (status, event) pair, written out: null means refused.
const expected: Record<SectionStatus, Record<ReviewEvent, SectionStatus | null>> = {
  draft: { submit: "in_review", withdraw: null, approve: null, request_changes: null },
  in_review: { submit: "in_review", withdraw: "draft", approve: "approved", request_changes: "changes_requested" },
  changes_requested: { submit: "in_review", withdraw: null, approve: null, request_changes: null },
  approved: { submit: "in_review", withdraw: null, approve: null, request_changes: null },
};

const pairs = sectionStatuses.flatMap((s) => reviewEvents.map((e) => [s, e] as const));

describe("review status machine", () => {
  it.each(pairs)("%s --%s--> as the table says", (status, event) => {
    const want = expected[status][event];
    expect(nextStatus(status, event)).toBe(want);
    expect(canTransition(status, event)).toBe(want !== null);
    if (want === null) expect(() => assertTransition(status, event)).toThrow(/cannot be/);
    else expect(assertTransition(status, event)).toBe(want);
  });

  it("a refusal is a 409 conflict naming the current status", () => {
    try {
      assertTransition("approved", "approve");
      expect.unreachable();
    } catch (e) {
      expect((e as { status: number }).status).toBe(409);
      expect((e as Error).message).toBe("A section that is approved cannot be approved.");
    }
  });

  it("an approved section edited since is shown as changed since approval", () => {
    expect(displayStatus("approved", true)).toBe("approved_changed");
    expect(displayStatus("approved", false)).toBe("approved");
    expect(displayStatus("in_review", true)).toBe("in_review");
  });
});
