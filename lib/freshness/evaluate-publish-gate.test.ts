import { describe, expect, it } from "vitest";
import { defaultCitationPolicy } from "@/lib/settings/citation-policy";
import { evaluatePublishGate, type GateFootnote } from "./evaluate-publish-gate";

const today = "2026-03-01";
const src = (over: Partial<GateFootnote["sources"][number]> = {}): GateFootnote["sources"][number] => ({ title: "T", url: "https://example.org/", accessed: "2026-01-01", archiveUrl: null, linkStatus: "ok", ...over });
const notes: GateFootnote[] = [
  { number: 1, citationId: "c1", sources: [src()] },
  { number: 2, citationId: "c2", sources: [src({ accessed: "2024-12-31" })] },
  { number: 3, citationId: "c3", sources: [src({ accessed: null })] },
  { number: 4, citationId: "c4", sources: [src({ linkStatus: "dead" })] },
  { number: 5, citationId: "c5", sources: [src({ linkStatus: "dead", archiveUrl: "https://web.archive.org/web/1/x" }), src({ url: null, accessed: null })] },
  { number: 6, citationId: "c6", sources: [src({ linkStatus: "failing" })] },
];

describe("evaluatePublishGate", () => {
  it("lists the offending footnotes under the default policy", () => {
    const found = evaluatePublishGate({ policy: defaultCitationPolicy, footnotes: notes, importProblems: [{ message: "Note 7 is missing", notes: [7] }], today });
    expect(found.map((f) => [f.number, f.kind])).toEqual([
      [2, "stale-access-date"],
      [3, "missing-access-date"],
      [4, "dead-without-archive"],
      [0, "import-problem"],
    ]);
    expect(found[3]!.message).toContain("imported notes 7");
  });

  it("each rule can be switched off; a longer maximum age lets older dates through", () => {
    const policy = { maxAgeMonths: 36, gateStale: true, gateDeadWithoutArchive: false, gateMissingAccessDate: false, gateImportProblems: false };
    expect(evaluatePublishGate({ policy, footnotes: notes, importProblems: [{ message: "x" }], today })).toEqual([]);
  });
});
