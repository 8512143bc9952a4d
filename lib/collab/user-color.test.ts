import { describe, expect, it } from "vitest";
import { userColor, userColorPalette } from "./user-color";

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

// Sequential ids (as a database might hand out) and random-looking ones.
const sequential = Array.from({ length: 200 }, (_, i) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`);
const scattered = Array.from({ length: 200 }, (_, i) => `${((i * 2654435761) >>> 0).toString(16).padStart(8, "0")}-5b1c-4d2e-9f3a-${(i * 7919).toString(16).padStart(12, "0")}`);

describe("userColor", () => {
  it("gives the same id the same colour", () => {
    expect(userColor(sequential[3]!)).toBe(userColor(sequential[3]!));
  });

  it.each([
    ["sequential", sequential],
    ["scattered", scattered],
  ])("spreads %s ids over the whole palette, no colour taking more than twice its share", (_name, ids) => {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(userColor(id), (counts.get(userColor(id)) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([...userColorPalette].sort());
    const share = ids.length / userColorPalette.length;
    for (const n of counts.values()) expect(n).toBeLessThanOrEqual(2 * share);
  });

  it("gives two people a different colour for ids that differ in one character", () => {
    expect(userColor("a1")).not.toBe(userColor("a2"));
  });

  it.each([...userColorPalette])("has white caret-label text readable on %s (WCAG AA, 4.5:1)", (hex) => {
    expect(contrastWithWhite(hex)).toBeGreaterThanOrEqual(4.5);
  });

  it("has at least eight colours, all different", () => {
    expect(new Set(userColorPalette).size).toBe(userColorPalette.length);
    expect(userColorPalette.length).toBeGreaterThanOrEqual(8);
  });
});
