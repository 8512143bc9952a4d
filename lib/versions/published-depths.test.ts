import { describe, expect, it } from "vitest";
import { publishedDepths } from "./published-depths";

const s = (depth: number, published = true) => ({ depth, published });

describe("publishedDepths", () => {
  it("keeps the template's depths when every section is published", () => {
    expect(publishedDepths([s(0), s(1), s(1), s(0), s(1), s(2)])).toEqual([0, 1, 1, 0, 1, 2]);
  });

  it("does not nest a section under the previous parent when its own parent is unpublished", () => {
    // A (published) › A.1; B (not published) › B.1: B.1 must not appear as a child of A.
    expect(publishedDepths([s(0), s(1), s(0, false), s(1)])).toEqual([0, 1, 0, 0]);
  });

  it("rises to its nearest published ancestor's children", () => {
    expect(publishedDepths([s(0), s(1, false), s(2), s(1)])).toEqual([0, 1, 1, 1]);
  });
});
