import { describe, expect, it } from "vitest";
import { splitOwnCitations } from "./own-citations";

describe("splitOwnCitations", () => {
  it("keeps the profile's citations in order and sets foreign ones apart", () => {
    const order = [{ citationId: "a", sectionId: "s1" }, { citationId: "x", sectionId: "s1" }, { citationId: "b", sectionId: "s2" }, { citationId: "a", sectionId: "s2" }];
    expect(splitOwnCitations(order, new Set(["a", "b"]))).toEqual({
      own: [order[0], order[2], order[3]],
      foreign: [order[1]],
    });
  });
});
