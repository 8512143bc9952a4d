import { describe, expect, it } from "vitest";
import { normalizeDoi } from "./normalize-doi";

describe("normalizeDoi", () => {
  it.each([
    ["10.1234/ABC.5", "10.1234/abc.5"],
    ["doi:10.1234/abc", "10.1234/abc"],
    ["DOI: 10.1234/abc", "10.1234/abc"],
    ["https://doi.org/10.1234/abc", "10.1234/abc"],
    ["http://dx.doi.org/10.1234/a%2Fb", "10.1234/a/b"],
    ["https://example.org/10.1234/abc", null],
    ["10.12/abc", null],
    ["hello", null],
  ])("%s → %s", (input, expected) => {
    expect(normalizeDoi(input)).toBe(expected);
  });
});
