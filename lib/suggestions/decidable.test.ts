import { describe, expect, it } from "vitest";
import { decidableIds } from "./decidable";

const list = [
  { id: "s.1", author: { id: "ann" } },
  { id: "s.2", author: { id: "bob" } },
  { id: "s.3", author: { id: "ann" } },
];

describe("decidableIds", () => {
  it("offers nothing to someone who may not decide, and never one's own suggestions", () => {
    expect(decidableIds(list, { userId: "eve", mayDecide: false })).toEqual([]);
    expect(decidableIds(list, { userId: "ann", mayDecide: true })).toEqual(["s.2"]);
    expect(decidableIds(list, { userId: "eve", mayDecide: true })).toEqual(["s.1", "s.2", "s.3"]);
  });
});
