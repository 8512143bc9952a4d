import { describe, expect, it } from "vitest";
import { isMalformedPath } from "./malformed-path";

describe("isMalformedPath", () => {
  it("flags escapes that are not UTF-8, broken escapes and NUL", () => {
    for (const bad of ["/api/profiles/%FF%FE", "/review/%FF", "/a/%E0%A4", "/a/%", "/a/%zz", "/api/profiles/%00/export/docx", "/a/%ED%A0%80"]) expect(isMalformedPath(bad), bad).toBe(true);
  });

  it("lets ordinary paths through, whatever the query holds", () => {
    for (const ok of ["/", "/profiles/jp", "/search?q=%FF", "/a/%C3%A9", "/a/%20b", undefined]) expect(isMalformedPath(ok), String(ok)).toBe(false);
  });
});
