import { describe, expect, it } from "vitest";
import { lintFootnotes } from "./lint-footnotes";
import type { NoteItem } from "./types";

const item = (title: string, url: string | null, accessed: string | null): NoteItem => ({ source: { key: url ?? title, title, url }, accessed });
const opts = { maxAgeMonths: 12, today: "2026-11-27" };

describe("lintFootnotes", () => {
  it("finds nothing in sound notes", () => {
    expect(lintFootnotes([{ number: 1, items: [item("A", "https://a.example/x", "2026-10-01")] }, { number: 2, items: [item("Act", null, null)] }], opts)).toEqual([]);
  });

  it.each([
    [[item("A", "https://a.example", null)], "missing-access-date"],
    [[item("A", "ftp://a.example/file", "2026-10-01")], "unsafe-url"],
    [[item("A", "https://a.example", "2026-02-30")], "invalid-date"],
    [[item("A", "https://a.example", "2026-12-01")], "access-date-in-future"],
    [[item("A", "https://a.example", "2025-11-26")], "stale-access-date"],
    [[], "missing-note"],
    [[item("https://a.example/page", "https://a.example/page", "2026-10-01")], "url-as-title"],
    [[item(" www.a.example/page ", null, null)], "url-as-title"],
  ] as const)("reports %o as %s", (items, kind) => {
    expect(lintFootnotes([{ number: 3, items: [...items] }], opts)).toEqual([expect.objectContaining({ kind, notes: [3] })]);
  });

  it("reports citation nodes of another profile, which have no number", () => {
    expect(lintFootnotes([], { ...opts, foreign: [{ citationId: "c-1" }] })).toEqual([expect.objectContaining({ kind: "foreign-citation", notes: [0], message: expect.stringContaining("c-1") })]);
  });

  it("a title that merely mentions a web address is a title", () => {
    expect(lintFootnotes([{ number: 1, items: [item("Report at https://a.example", "https://a.example", "2026-10-01")] }], opts)).toEqual([]);
  });

  it("a date exactly at the policy's edge is not stale; the policy months are honoured", () => {
    expect(lintFootnotes([{ number: 1, items: [item("A", "https://a.example", "2025-11-27")] }], opts)).toEqual([]);
    expect(lintFootnotes([{ number: 1, items: [item("A", "https://a.example", "2026-05-01")] }], { ...opts, maxAgeMonths: 6 })).toEqual([expect.objectContaining({ kind: "stale-access-date" })]);
  });

  it("reports one URL under two titles once, naming every note involved", () => {
    const problems = lintFootnotes(
      [
        { number: 1, items: [item("Report", "https://x.example/r/", "2026-10-01")] },
        { number: 2, items: [item("Other", "https://X.example/r", "2026-10-01")] },
        { number: 3, items: [item("Report", "https://x.example/r", "2026-10-01")] },
      ],
      opts,
    );
    expect(problems).toEqual([expect.objectContaining({ kind: "url-title-conflict", notes: [1, 2, 3] })]);
  });
});
