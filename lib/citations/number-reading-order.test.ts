import { describe, expect, it } from "vitest";
import { footnoteCursor, numberReadingOrder, sectionNumbers } from "./number-reading-order";

describe("numberReadingOrder", () => {
  const own = new Set(["a", "b", "c"]);
  const sections = [
    { id: "s1", citationIds: ["a", "b"] },
    { id: "s2", citationIds: ["x", "c", "a"] },
    { id: "s3", citationIds: [] },
  ];

  it("numbers every own marker across sections in reading order; a foreign one is left out and reported", () => {
    const { footnotes, foreign } = numberReadingOrder(sections, own);
    expect(footnotes).toEqual([
      { number: 1, citationId: "a", sectionId: "s1" },
      { number: 2, citationId: "b", sectionId: "s1" },
      { number: 3, citationId: "c", sectionId: "s2" },
      { number: 4, citationId: "a", sectionId: "s2" },
    ]);
    expect(foreign).toEqual([{ citationId: "x", sectionId: "s2" }]);
    expect(sectionNumbers(footnotes, "s2")).toEqual(new Map([["c", 3], ["a", 4]]));
  });

  it("the cursor gives each marker its note and a foreign marker none, without shifting the rest", () => {
    const next = footnoteCursor(numberReadingOrder(sections, own).footnotes);
    expect(next("s1", "a")?.number).toBe(1);
    expect(next("s1", "b")?.number).toBe(2);
    expect(next("s2", "x")).toBeUndefined();
    expect(next("s2", "c")?.number).toBe(3);
    expect(next("s2", "a")?.number).toBe(4);
    expect(next("s3", "a")).toBeUndefined();
  });
});
