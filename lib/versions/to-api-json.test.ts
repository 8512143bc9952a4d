import { describe, expect, it } from "vitest";
import { manifestSource, versionOf } from "@/lib/test/manifest-factories";
import { toApiJson } from "./to-api-json";

describe("toApiJson", () => {
  it("gives a source's URL only if it passes the URL policy (checked again at export)", () => {
    const v = versionOf({
      notes: [[manifestSource({ key: "a", url: "javascript:alert(1)" }), manifestSource({ key: "b", url: "data:text/html,x" }), manifestSource({ key: "c", url: "https://example.org/ok" })]],
    });
    expect(toApiJson(v).footnotes[0]!.sources.map((s) => s.url)).toEqual([null, null, "https://example.org/ok"]);
  });
});
