import { describe, expect, it } from "vitest";
import { sourceKey } from "./source-key";

describe("sourceKey", () => {
  it("uses the normalised URL when there is one", () => {
    expect(sourceKey({ url: "HTTPS://Example.org/a/?utm_source=x#top", title: "One" })).toBe(sourceKey({ url: "https://example.org/a", title: "Two" }));
  });

  it("falls back to the normalised title", () => {
    expect(sourceKey({ url: null, title: "An  ‘Act’ of 2013." })).toBe(sourceKey({ title: "an 'act' of 2013" }));
    expect(sourceKey({ url: "", title: "A" })).toBe("title:a");
  });

  it("never lets a title collide with a URL", () => {
    expect(sourceKey({ title: "https://example.org" })).not.toBe(sourceKey({ url: "https://example.org", title: "x" }));
  });
});
