import { describe, expect, it } from "vitest";
import { looksLikeHeading } from "./looks-like-heading";

describe("looksLikeHeading", () => {
  it("accepts short capitalised lines without sentence punctuation", () => {
    for (const line of ["Biometric Surveillance", "Civil Registration", "Designed to Include?", "Data Protection and Privacy"]) expect(looksLikeHeading(line)).toBe(true);
  });

  it("rejects sentences, lower-case starts, note markers, long lines and lists of words", () => {
    for (const line of [
      "Japan issues a card.",
      "The My Number card is voluntary",
      "biometric surveillance",
      "Biometric Surveillance [3]",
      "A Very Long Heading That Goes On And On With Many More Words",
      "",
    ])
      expect(looksLikeHeading(line)).toBe(false);
  });
});
