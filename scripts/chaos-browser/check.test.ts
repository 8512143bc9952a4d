import { describe, expect, it } from "vitest";
import { seededRandom, tallyChaos, tallyIsClean } from "./check";

const ledger = { phrases: [["a1", "a2", "a3"], ["b1"]], undone: ["ua4"] };

describe("tallyChaos", () => {
  it("passes a document holding every word once, in order, across paragraphs and citations", () => {
    const t = tallyChaos("base «b1» «a1»\n «a2»[1]«a3»", ledger);
    expect(tallyIsClean(t)).toBe(true);
    expect(t.words).toBe(4);
    expect(t.characters).toBe(4 * 4);
  });

  it("reports lost, doubled, reordered, broken and undone-but-present words", () => {
    expect(tallyChaos("«a1» «a3» «b1»", ledger).lost).toEqual(["a2"]);
    expect(tallyChaos("«a1» «a2» «a3» «b1» «b1»", ledger).doubled).toEqual(["b1"]);
    expect(tallyChaos("«a2» «a1» «a3» «b1»", ledger).reordered).toEqual(["a2"]);
    // What issue 17 saw: a word typed into another one, reversed.
    const scrambled = tallyChaos("«a1» «a«b1»2» «a3»", ledger);
    expect(scrambled.broken).toBeGreaterThan(0);
    expect(tallyChaos("«a1» «a2» «a3» «b1» «ua4»", ledger).undoneLeft).toEqual(["ua4"]);
  });
});

describe("seededRandom", () => {
  it("replays the same sequence for the same seed", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from({ length: 5 }, seededRandom(43))).not.toEqual(xs);
  });
});
