import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policies";
import { reviewAbilities } from "./review-abilities";
import { sectionStatuses, type SectionStatus } from "./status";

type Row = [submit: boolean, withdraw: boolean, decide: boolean];
const actors: Record<string, Actor> = {
  public: null,
  viewer: { id: "v", role: "viewer" },
  researcher: { id: "r", role: "researcher" },
  editor: { id: "e", role: "editor" },
  admin: { id: "a", role: "admin" },
  submitter: { id: "s", role: "researcher" },
  editorAuthor: { id: "w", role: "editor" },
};
const open = { submittedBy: "s", authors: ["s", "w"] };

// Role × status, for a revision submitted by "s" and also written by editor "w"; a section not in review has no open revision.
const table: Record<SectionStatus, Record<keyof typeof actors, Row>> = {
  draft: { public: [false, false, false], viewer: [false, false, false], researcher: [true, false, false], editor: [true, false, false], admin: [true, false, false], submitter: [true, false, false], editorAuthor: [true, false, false] },
  in_review: { public: [false, false, false], viewer: [false, false, false], researcher: [true, false, false], editor: [true, true, true], admin: [true, true, true], submitter: [true, true, false], editorAuthor: [true, true, false] },
  changes_requested: { public: [false, false, false], viewer: [false, false, false], researcher: [true, false, false], editor: [true, false, false], admin: [true, false, false], submitter: [true, false, false], editorAuthor: [true, false, false] },
  approved: { public: [false, false, false], viewer: [false, false, false], researcher: [true, false, false], editor: [true, false, false], admin: [true, false, false], submitter: [true, false, false], editorAuthor: [true, false, false] },
};

describe("review abilities: policy × status", () => {
  for (const status of sectionStatuses) {
    it.each(Object.keys(actors))(`${status}: %s`, (who) => {
      const a = reviewAbilities(actors[who]!, status, status === "in_review" ? open : null);
      expect([a.submit === null, a.withdraw === null, a.decide === null]).toEqual(table[status][who]);
    });
  }

  it("gives the reason a button is disabled", () => {
    expect(reviewAbilities(actors.editorAuthor!, "in_review", open).decide).toMatch(/wrote part of this revision/);
    expect(reviewAbilities(actors.viewer!, "draft", null).submit).toMatch(/permission/);
    expect(reviewAbilities(actors.editor!, "draft", null).decide).toBe("There is no revision in review.");
  });
});
