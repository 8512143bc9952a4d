import { describe, expect, it } from "vitest";
import { chaosToken, tallyChaos } from "./chaos-tally";

describe("tallyChaos", () => {
  const a = chaosToken(0, 1);
  const b = chaosToken(1, 1);
  it("counts nothing lost or duplicated when every token is there once", () => {
    expect(tallyChaos({ text: `Seed:${b}${a}`, seed: "Seed:", typed: [a, b] })).toEqual({ typed: 18, lost: 0, duplicated: 0 });
  });
  it("counts a missing token as lost and a repeated one as duplicated", () => {
    expect(tallyChaos({ text: `Seed:${a}${a}`, seed: "Seed:", typed: [a, b] })).toEqual({ typed: 18, lost: 9, duplicated: 9 });
  });
  it("counts a token split by a bad merge as lost, and its fragments as duplicated", () => {
    expect(tallyChaos({ text: `Seed:[0-0${b}0001]`, seed: "Seed:", typed: [a, b] })).toEqual({ typed: 18, lost: 9, duplicated: 9 });
  });
});
