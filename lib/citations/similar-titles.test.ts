import { describe, expect, it } from "vitest";
import { boundedEditDistance, similarTitles, titleKey } from "./similar-titles";

describe("similarTitles", () => {
  it("ignores case, punctuation and spacing", () => {
    expect(titleKey("My Number Card: An  Overview.")).toBe("mynumbercardanoverview");
    expect(similarTitles("My Number Card: An Overview", "my number card — an overview")).toBe(true);
  });

  it("accepts a small typo in a long title, not in a short one, and not a different title", () => {
    expect(similarTitles("Act on the Protection of Personal Information", "Act on the Protection of Personal Informaton")).toBe(true);
    expect(similarTitles("Act 12", "Act 13")).toBe(false);
    expect(similarTitles("Digital Agency annual report 2023", "Digital Agency annual report 2019")).toBe(false);
    expect(similarTitles("", "")).toBe(false);
  });

  it("edit distance stops past its bound", () => {
    expect(boundedEditDistance("kitten", "sitting", 5)).toBe(3);
    expect(boundedEditDistance("abcdefgh", "zzzzzzzz", 2)).toBe(3);
  });
});
