import { describe, expect, it } from "vitest";
import { encodeReviewStatusMessage, parseReviewStatusMessage } from "./review-status-message";

describe("review-status message", () => {
  it("round-trips and ignores other payloads", () => {
    const m = { sectionId: "s1", status: "approved" };
    expect(parseReviewStatusMessage(encodeReviewStatusMessage(m))).toEqual(m);
    expect(parseReviewStatusMessage("stored:AAAA")).toBeNull();
    expect(parseReviewStatusMessage("review-status:{not json")).toBeNull();
    expect(parseReviewStatusMessage('review-status:{"sectionId":1}')).toBeNull();
  });
});
