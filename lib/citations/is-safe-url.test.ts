import { describe, expect, it } from "vitest";
import { isSafeUrl } from "./is-safe-url";

describe("isSafeUrl", () => {
  it.each([
    ["https://example.org/a", true],
    ["http://example.org", true],
    ["HTTPS://EXAMPLE.ORG", true],
    ["javascript:alert(1)", false],
    [" javascript:alert(1)", false],
    ["data:text/html,<script>", false],
    ["ftp://example.org", false],
    ["//example.org", false],
    ["/relative", false],
    ["https://", false],
    ["", false],
  ])("%s → %s", (input, expected) => {
    expect(isSafeUrl(input)).toBe(expected);
  });
});
