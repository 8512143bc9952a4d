import { describe, expect, it } from "vitest";
import { countryFlagSvg } from "./country-flag-svg";

describe("countryFlagSvg", () => {
  it("is a decorative SVG for a country code, in any case, with no emoji", () => {
    const svg = countryFlagSvg("jp");
    expect(svg).toMatch(/^<svg aria-hidden="true" focusable="false" class="flag" width="24" height="16" xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toBe(countryFlagSvg("JP"));
    expect(svg).not.toMatch(/[\u{1F1E6}-\u{1F1FF}]/u);
  });

  it("is empty for a code without a flag, and never echoes its input", () => {
    expect(countryFlagSvg("ZZ")).toBe("");
    expect(countryFlagSvg("<script>")).toBe("");
    expect(countryFlagSvg("toString")).toBe("");
  });

  it("scales to the height asked for at 3:2", () => {
    expect(countryFlagSvg("KE", { height: 24 })).toContain('width="36" height="24"');
  });
});
