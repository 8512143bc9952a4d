import { describe, expect, it } from "vitest";
import type { FrozenCitation } from "@/lib/db/schema/review";
import { computeRedline, type RedlineSide } from "./compute-redline";

const A = "11111111-1111-4111-8111-111111111111";
const B = "22222222-2222-4222-8222-222222222222";
const C = "33333333-3333-4333-8333-333333333333";

type Piece = string | { cite: string } | { bold: string };
const doc = (...paragraphs: Piece[][]) => ({
  type: "doc",
  content: paragraphs.map((p) => ({
    type: "paragraph",
    content: p.map((x) =>
      typeof x === "string" ? { type: "text", text: x } : "cite" in x ? { type: "citation", attrs: { citationId: x.cite } } : { type: "text", text: x.bold, marks: [{ type: "bold" }] },
    ),
  })),
});
const item = (sourceId: string, extra: Partial<FrozenCitation["items"][number]> = {}): FrozenCitation["items"][number] => ({
  sourceId,
  title: `Title ${sourceId}`,
  url: `https://example.org/${sourceId}`,
  doi: null,
  type: "webpage",
  csl: {},
  accessed: "2025-01-01",
  pinpoint: null,
  ...extra,
});
const side = (content: ReturnType<typeof doc>, citations: FrozenCitation[]): RedlineSide => ({ contentJson: content, citations });

const base = side(doc(["Japan issues cards.", { cite: A }, " Use is optional.", { cite: B }]), [
  { citationId: A, items: [item("s1")] },
  { citationId: B, items: [item("s2", { pinpoint: "art 3" })] },
]);

describe("computeRedline: footnotes", () => {
  it("a citation added", () => {
    const after = side(doc(["Japan issues cards.", { cite: A }, " Use is optional.", { cite: B }, " More.", { cite: C }]), [...base.citations, { citationId: C, items: [item("s3")] }]);
    const r = computeRedline(base, after, 0);
    expect(r.footnotes).toEqual([expect.objectContaining({ kind: "added", citationId: C, numberBefore: null, numberAfter: 3 })]);
  });

  it("a citation removed", () => {
    const after = side(doc(["Japan issues cards.", { cite: A }, " Use is optional."]), [base.citations[0]!]);
    const r = computeRedline(base, after, 4);
    expect(r.footnotes).toEqual([expect.objectContaining({ kind: "removed", citationId: B, numberBefore: 6, numberAfter: null, before: [expect.objectContaining({ title: "Title s2" })] })]);
  });

  it("its source changed", () => {
    const after = side(base.contentJson as ReturnType<typeof doc>, [base.citations[0]!, { citationId: B, items: [item("s9", { pinpoint: "art 3" })] }]);
    expect(computeRedline(base, after, 0).footnotes).toEqual([expect.objectContaining({ kind: "changed", citationId: B, fields: ["source"] })]);
  });

  it("its access date changed, with old and new values", () => {
    const after = side(base.contentJson as ReturnType<typeof doc>, [{ citationId: A, items: [item("s1", { accessed: "2026-02-03" })] }, base.citations[1]!]);
    const [change] = computeRedline(base, after, 0).footnotes;
    expect(change).toMatchObject({ kind: "changed", citationId: A, fields: ["accessed"], numberBefore: 1, numberAfter: 1 });
    expect([change!.before![0]!.accessed, change!.after![0]!.accessed]).toEqual(["2025-01-01", "2026-02-03"]);
  });

  it("its pinpoint changed", () => {
    const after = side(base.contentJson as ReturnType<typeof doc>, [base.citations[0]!, { citationId: B, items: [item("s2", { pinpoint: "art 4" })] }]);
    expect(computeRedline(base, after, 0).footnotes).toEqual([expect.objectContaining({ kind: "changed", fields: ["pinpoint"] })]);
  });

  it("renumbered only is not a change", () => {
    const after = side(doc(["New first sentence.", { cite: B }, " Japan issues cards.", { cite: A }]), base.citations);
    const r = computeRedline(base, after, 0);
    expect(r.numbersBefore).toEqual({ [A]: 1, [B]: 2 });
    expect(r.numbersAfter).toEqual({ [B]: 1, [A]: 2 });
    expect(r.footnotes).toEqual([]);
  });
});

describe("computeRedline: text", () => {
  it("words inserted and deleted, word-level not character-level", () => {
    const after = side(doc(["Japan issues plastic cards.", { cite: A }, " Use is optional.", { cite: B }]), base.citations);
    const r = computeRedline(base, after, 0);
    expect(r.changes.map((c) => [c.kind, c.deleted, c.inserted])).toEqual([["insert", "", "plastic "]]);
  });

  it("formatting change", () => {
    const after = side(doc(["Japan issues ", { bold: "cards" }, ".", { cite: A }, " Use is optional.", { cite: B }]), base.citations);
    const r = computeRedline(base, after, 0);
    expect(r.changes).toEqual([expect.objectContaining({ kind: "format", deleted: "cards", inserted: "cards" })]);
  });

  it("against an empty section everything is inserted; a long section yields many small changes", () => {
    expect(computeRedline(null, base, 0).changes.map((c) => c.kind)).toEqual(["insert"]);
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`);
    const changed = words.map((w, i) => (i % 100 === 50 ? `CHANGED${i}` : w));
    const r = computeRedline(side(doc([words.join(" ")]), []), side(doc([changed.join(" ")]), []), 0);
    expect(r.changes).toHaveLength(30);
    expect(r.changes.every((c) => c.kind === "replace" && !c.deleted.includes(" "))).toBe(true);
  });
});
