import { describe, expect, it } from "vitest";
import { isAllowedOrigin } from "./is-allowed-origin";

describe("isAllowedOrigin", () => {
  const host = "folio.example.org";
  it.each([
    [undefined, true],
    ["https://folio.example.org", true],
    ["http://folio.example.org", true],
    ["https://app.example.org", true],
    ["https://evil.example", false],
    ["https://folio.example.org.evil.example", false],
    ["null", false],
    ["file://folio.example.org", false],
  ])("origin %j → %s", (origin, allowed) => {
    expect(isAllowedOrigin({ origin, host, allowed: ["https://app.example.org/"] })).toBe(allowed);
  });
  it("compares the port too", () => {
    expect(isAllowedOrigin({ origin: "http://localhost:4000", host: "localhost:3000", allowed: [] })).toBe(false);
    expect(isAllowedOrigin({ origin: "http://localhost:3000", host: "localhost:3000", allowed: [] })).toBe(true);
  });
});
