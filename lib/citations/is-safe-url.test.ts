import { describe, expect, it } from "vitest";
import { exportUrl, isSafeUrl } from "./is-safe-url";

describe("isSafeUrl", () => {
  it.each([
    ["https://example.org/a", true],
    ["http://example.org", true],
    ["HTTPS://EXAMPLE.ORG", true],
    ["  https://example.org/padded  ", true],
    ["javascript:alert(1)", false],
    [" javascript:alert(1)", false],
    [" JaVaScRiPt:alert(1)", false],
    ["java\tscript:alert(1)", false],
    ["https://exa\nmple.org/", false],
    ["https://example.org/\u0001", false],
    ["data:text/html,<script>", false],
    ["vbscript:msgbox(1)", false],
    ["ftp://example.org", false],
    ["//example.org", false],
    ["/relative", false],
    ["https://", false],
    ["һttps://example.org", false],
    ["", false],
  ])("%j → %s", (input, expected) => {
    expect(isSafeUrl(input)).toBe(expected);
  });
});

describe("exportUrl", () => {
  it("keeps a plain URL exactly as typed", () => {
    expect(exportUrl("https://example.org")).toBe("https://example.org");
    expect(exportUrl("https://example.org/a_b%20c?x=1&y=2#frag~z")).toBe("https://example.org/a_b%20c?x=1&y=2#frag~z");
  });

  it("percent-encodes spaces, braces, quotes and non-ASCII so the URL stays one whole token", () => {
    expect(exportUrl("https://example.org/a b?q={x}}\"'<>|^`\\")).toBe("https://example.org/a%20b?q=%7Bx%7D%7D%22%27%3C%3E%7C%5E%60%5C");
    expect(exportUrl("https://пример.рф/ü")).toBe("https://xn--e1afmkfd.xn--p1ai/%C3%BC");
  });

  it("drops what the URL policy refuses", () => {
    expect(exportUrl("javascript:alert(1)")).toBeNull();
    expect(exportUrl(null)).toBeNull();
  });
});
