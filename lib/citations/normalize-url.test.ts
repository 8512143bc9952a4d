import { describe, expect, it } from "vitest";
import { normalizeUrl } from "./normalize-url";

describe("normalizeUrl", () => {
  it.each([
    ["HTTPS://Example.ORG/Path/", "https://example.org/Path"],
    ["https://example.org/", "https://example.org"],
    ["https://example.org", "https://example.org"],
    ["https://example.org/a#section-2", "https://example.org/a"],
    ["https://example.org/a?utm_source=x&utm_medium=y", "https://example.org/a"],
    ["https://example.org/a?id=3&UTM_campaign=z", "https://example.org/a?id=3"],
    ["https://example.org/a?b=1&a=2", "https://example.org/a?b=1&a=2"],
    ["https://example.org:443/a", "https://example.org/a"],
    ["  https://example.org/a  ", "https://example.org/a"],
    ["not a url", "not a url"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });
});
