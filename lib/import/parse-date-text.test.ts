import { describe, expect, it } from "vitest";
import { parseDateText } from "./parse-date-text";

describe("parseDateText", () => {
  it.each([
    ["21 February 2025", "2025-02-21", "day"],
    ["3 Sept 2024", "2024-09-03", "day"],
    ["January 20, 2026", "2026-01-20", "day"],
    ["May 2023", "2023-05", "month"],
    ["2015", "2015", "year"],
    ["2025-12-19", "2025-12-19", "day"],
    ["31 February 2025", null, "day"],
    ["2025-13-01", null, "day"],
    ["40 Smarch 2025", null, "day"],
  ])("%s → %s", (text, iso, precision) => {
    expect(parseDateText(text)).toEqual({ looksLikeDate: true, iso, precision });
  });

  it.each(["Example Pub", "Act No. 1 of 2013", "Committee 2014", ""])("%j is not a date", (text) => {
    expect(parseDateText(text).looksLikeDate).toBe(false);
  });
});
