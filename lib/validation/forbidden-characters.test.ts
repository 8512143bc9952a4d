import { describe, expect, it } from "vitest";
import { findForbiddenCharacter, forbiddenCharacter, stripForbiddenCharacters, stripForbiddenDeep } from "./forbidden-characters";

describe("forbidden characters", () => {
  it("names NUL, C0 controls, non-characters and lone surrogates", () => {
    expect(forbiddenCharacter("a\u0000b")).toBe("U+0000");
    expect(forbiddenCharacter("title\u0001")).toBe("U+0001");
    expect(forbiddenCharacter("x\u001f")).toBe("U+001F");
    expect(forbiddenCharacter("\uFFFE")).toBe("U+FFFE");
    expect(forbiddenCharacter("lone \ud800 high")).toBe("U+D800");
    expect(forbiddenCharacter("lone \udc00 low")).toBe("U+DC00");
    expect(forbiddenCharacter("end \ud83d")).toBe("U+D83D");
  });

  it("accepts tab, newlines, pairs of surrogates and ordinary text", () => {
    for (const ok of ["a\tb", "a\nb", "a\r\nb", "emoji 😀", "‘Title’ — ĳ", "\u007f", ""]) expect(forbiddenCharacter(ok)).toBeNull();
  });

  it("strips only the forbidden characters", () => {
    expect(stripForbiddenCharacters("a\u0000b\u0001c\td\ud800e😀")).toBe("abc\tde😀");
  });

  it("finds the path of the first bad string in nested input", () => {
    expect(findForbiddenCharacter({ mode: "manual", title: "ok", authors: ["x", "y\u0000"] })).toEqual({ path: "authors.1", character: "U+0000" });
    expect(findForbiddenCharacter({ title: "fine", n: 3, d: new Date(0) })).toBeNull();
  });

  it("cleans a nested value without touching other types", () => {
    const date = new Date(0);
    const bytes = new Uint8Array([0, 1]);
    expect(stripForbiddenDeep({ a: ["x\u0001", 2], b: { c: "\u0000" }, date, bytes })).toEqual({ a: ["x", 2], b: { c: "" }, date, bytes });
  });
});
