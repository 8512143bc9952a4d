import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url";

const origin = "https://folio.example";

describe("safeCallbackUrl", () => {
  it.each<[unknown, string]>([
    ["/\\evil.example", "backslash read as a slash"],
    ["/\t/evil.example", "tab stripped by the URL parser (from /%09/)"],
    ["/\n/evil.example", "newline stripped by the URL parser"],
    ["//evil.example", "protocol-relative"],
    ["\\\\evil.example", "two backslashes"],
    ["https://evil.example/countries", "absolute, other origin"],
    ["http://folio.example/countries", "absolute, other scheme"],
    ["javascript:alert(1)", "script scheme"],
    ["countries", "relative without a slash"],
    ["", "empty"],
    [undefined, "missing"],
    [["/a", "/b"], "repeated parameter"],
  ])("refuses %j (%s) with /", (value: unknown) => {
    expect(safeCallbackUrl(value, origin)).toBe("/");
  });

  it.each([
    ["/countries", "/countries"],
    ["/countries/JP?tab=law#notes", "/countries/JP?tab=law#notes"],
    ["https://folio.example/sources?q=1", "/sources?q=1"],
    ["/a/../countries", "/countries"],
  ])("keeps the app's own path %j as %j", (value, expected) => {
    expect(safeCallbackUrl(value, origin)).toBe(expected);
  });
});
