import { describe, expect, it } from "vitest";
import { formatFootnotes } from "./format-footnotes";
import type { Note, NoteItem, Source } from "./types";

const a: Source = { key: "a", title: "Source A", url: "https://a.example/", publisher: "Pub A", date: "2025-02-21" };
const b: Source = { key: "b", title: "Source B", url: "https://b.example/x" };
const c: Source = { key: "c", title: "Source C", publisher: "Pub C" };
const act: Source = { key: "act", title: "Example Act 2013", type: "legislation" };

const cite = (source: Source, extra: Partial<NoteItem> = {}): NoteItem => ({ source, accessed: "2025-12-19", ...extra });
const note = (...items: NoteItem[]): Note => ({ items });
const texts = (notes: Note[]) => formatFootnotes(notes).map((n) => n.text);

// OSCOLA 4th ed §1.2.1 and §1.2.3: 'ibid' is lower case with no full stop of its own (the footnote's
// closing full stop gives "ibid."); a new pinpoint follows after a space ("ibid 217-78."), no comma.
describe("formatFootnotes", () => {
  it.each<[string, Note[], unknown[]]>([
    ["full form on first citation", [note(cite(a))], ["‘Source A’ (Pub A, 21 February 2025) <https://a.example/> accessed 19 December 2025."]],
    ["ibid for the same single source", [note(cite(a)), note(cite(a))], [expect.any(String), "ibid."]],
    ["ibid with a pinpoint", [note(cite(a)), note(cite(a, { pinpoint: "para 5" }))], [expect.any(String), "ibid para 5."]],
    ["ibid repeats over several notes", [note(cite(b)), note(cite(b)), note(cite(b, { pinpoint: "12" }))], [expect.any(String), "ibid.", "ibid 12."]],
    [
      "no ibid after a multi-source note",
      [note(cite(a), cite(b)), note(cite(b))],
      [
        "‘Source A’ (Pub A, 21 February 2025) <https://a.example/> accessed 19 December 2025; ‘Source B’ <https://b.example/x> accessed 19 December 2025.",
        "‘Source B’ (n 1).",
      ],
    ],
    ["(n X) for a later citation", [note(cite(a)), note(cite(c)), note(cite(a))], [expect.any(String), expect.any(String), "‘Source A’ (n 1)."]],
    ["(n X) with a pinpoint", [note(cite(a)), note(cite(c)), note(cite(a, { pinpoint: "34" }))], [expect.any(String), expect.any(String), "‘Source A’ (n 1) 34."]],
    ["(n X) points at the first full citation", [note(cite(c)), note(cite(a)), note(cite(b)), note(cite(a)), note(cite(b)), note(cite(a))], [
      expect.any(String), expect.any(String), expect.any(String), "‘Source A’ (n 2).", "‘Source B’ (n 3).", "‘Source A’ (n 2).",
    ]],
    ["ibid only opens a note", [note(cite(a)), note(cite(a), cite(c))], [expect.any(String), "ibid; ‘Source C’ (Pub C) accessed 19 December 2025."]],
    ["a repeated source later in a multi-source note is a cross-reference", [note(cite(a)), note(cite(c), cite(a))], [
      expect.any(String), "‘Source C’ (Pub C) accessed 19 December 2025; ‘Source A’ (n 1).",
    ]],
    ["legislation is cited in full again", [note(cite(act, { accessed: null })), note(cite(c)), note(cite(act, { accessed: null }))], [
      "Example Act 2013.", expect.any(String), "Example Act 2013.",
    ]],
    ["ibid also applies to legislation", [note(cite(act, { accessed: null })), note(cite(act, { accessed: null, pinpoint: "s 2" }))], [
      expect.any(String), "ibid s 2.",
    ]],
    ["no second full stop after a title ending in one", [note({ source: { key: "t", title: "Done.", type: "book" } })], ["Done."]],
    ["an empty note renders as empty text", [note()], [""]],
  ])("%s", (_name, notes, expected) => {
    expect(texts(notes)).toEqual(expected);
  });

  it("numbers notes 1..n in order", () => {
    expect(formatFootnotes([note(cite(a)), note(cite(b)), note(cite(c))]).map((n) => n.number)).toEqual([1, 2, 3]);
  });

  it("marks ibid and cross-references as their own segments", () => {
    const [, second, third] = formatFootnotes([note(cite(a)), note(cite(a)), note(cite(b)), note(cite(a, { pinpoint: "7" }))]).slice(0, 4);
    expect(second?.segments).toEqual([{ kind: "ibid", text: "ibid" }, { kind: "text", text: "." }]);
    expect(third?.segments[1]).toEqual({ kind: "title", text: "Source B" });
    const fourth = formatFootnotes([note(cite(a)), note(cite(b)), note(cite(a, { pinpoint: "7" }))])[2];
    expect(fourth?.segments).toEqual([
      { kind: "text", text: "‘" },
      { kind: "title", text: "Source A" },
      { kind: "text", text: "’ " },
      { kind: "crossref", text: "(n 1)", note: 1 },
      { kind: "text", text: " 7." },
    ]);
  });

  it("uses the locale for dates", () => {
    expect(formatFootnotes([note(cite(b))], { locale: "en-US" })[0]?.text).toBe("‘Source B’ <https://b.example/x> accessed December 19, 2025.");
  });

  it("returns nothing for no notes", () => {
    expect(formatFootnotes([])).toEqual([]);
  });

  it("shows an archive copy of a dead link as a link of its own", () => {
    const [n] = formatFootnotes([note(cite(b, { archiveUrl: "https://web.archive.org/web/2024/https://b.example/x" }))]);
    expect(n!.text).toBe("‘Source B’ <https://b.example/x> accessed 19 December 2025, archived at <https://web.archive.org/web/2024/https://b.example/x>.");
    expect(n!.segments.filter((s) => s.kind === "url").map((s) => s.href)).toEqual(["https://b.example/x", "https://web.archive.org/web/2024/https://b.example/x"]);
    expect(texts([note(cite(b, { archiveUrl: "javascript:alert(1)" }))])[0]).not.toContain("archived");
  });
});
