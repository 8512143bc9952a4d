import { describe, expect, it } from "vitest";
import { allProfilesChannelName, parseDocumentName, profileChannelName, sectionDocumentName } from "./document-name";

const id = "3f2b8c1e-8d4a-4f6b-9c2d-1a2b3c4d5e6f";

describe("document names", () => {
  it("round-trips sections and profile channels", () => {
    expect(parseDocumentName(sectionDocumentName(id))).toEqual({ kind: "section", sectionId: id });
    expect(parseDocumentName(profileChannelName(id))).toEqual({ kind: "profile", profileId: id });
    expect(parseDocumentName(allProfilesChannelName)).toEqual({ kind: "profiles" });
    expect(parseDocumentName("profiles.other")).toBeNull();
  });
  it.each(["", "section", "section.", `presence.${id}`, `section.${id}.x`, `section.${id.toUpperCase()}`, "section.../../etc"])("rejects %j", (name) => {
    expect(parseDocumentName(name)).toBeNull();
  });
});
