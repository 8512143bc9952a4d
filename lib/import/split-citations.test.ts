import { describe, expect, it } from "vitest";
import { splitCitations } from "./split-citations";

describe("splitCitations", () => {
  it.each([
    ["‘A’ <https://a.example>; ‘B’", ["‘A’ <https://a.example>", "‘B’"]],
    ["‘A; still A’; ‘B’", ["‘A; still A’", "‘B’"]],
    ["‘Testland’s A; still A’; ‘B’", ["‘Testland’s A; still A’", "‘B’"]],
    ["‘A’ <https://a.example/x;y=1>; ‘B’", ["‘A’ <https://a.example/x;y=1>", "‘B’"]],
    ["‘A’ (Pub; Co); ‘B’", ["‘A’ (Pub; Co)", "‘B’"]],
    ["ibid", ["ibid"]],
    ["  ;  ", []],
  ])("%j", (text, expected) => {
    expect(splitCitations(text)).toEqual(expected);
  });
});
