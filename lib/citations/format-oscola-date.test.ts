import { describe, expect, it } from "vitest";
import { formatOscolaDate } from "./format-oscola-date";

describe("formatOscolaDate", () => {
  it.each([
    ["2025-02-21", "21 February 2025"],
    ["2025-12-01", "1 December 2025"],
    ["2024-05", "May 2024"],
    ["2015", "2015"],
    ["Spring 2024", "Spring 2024"],
    [" 2025-02-21 ", "21 February 2025"],
  ])("%s → %s", (input, expected) => {
    expect(formatOscolaDate(input)).toBe(expected);
  });
});

describe("formatOscolaDate edge cases", () => {
  it("keeps an impossible ISO date as written", () => {
    expect(formatOscolaDate("2025-02-31")).toBe("2025-02-31");
  });

  it("uses Intl for other locales", () => {
    expect(formatOscolaDate("2025-02-21", "fr-FR")).toBe("21 février 2025");
  });
});
