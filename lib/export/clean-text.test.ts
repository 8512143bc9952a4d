import { describe, expect, it } from "vitest";
import { cleanText, oneLine } from "./clean-text";

describe("cleanText", () => {
  it("removes C0/C1 controls and NUL, keeps tab and newline, normalises CR", () => {
    expect(cleanText("a\u0000b\u0001c\u001fd\u007fe\u009ff\tg\r\nh\ri\u2028j")).toBe("abcdef\tg\nh\ni\nj");
  });

  it("replaces lone surrogates and keeps paired ones", () => {
    expect(cleanText("x\ud800y\udc00z 😀")).toBe("x\ufffdy\ufffdz 😀");
  });
});

describe("oneLine", () => {
  it("folds every kind of line break and tab into one space", () => {
    expect(oneLine(" Title\r\nER  - \n\nTY  - JOUR\u2028x\u0085y\tz ")).toBe("Title ER - TY - JOUR x y z");
  });
});
