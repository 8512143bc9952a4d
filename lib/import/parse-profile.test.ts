import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ImportError } from "./import-error";
import { parseProfile } from "./parse-profile";
import type { ParsedProfile } from "./types";

const seed = readFileSync(path.resolve(process.cwd(), "../shared/seeds/japan-profile.txt"), "utf8");
// Judge access dates against the profile's own "Last updated" day, not the day the test runs.
const now = parseProfile(seed).lastUpdated ?? "";
const profile = parseProfile(seed, { now });

const note = (number: number) => {
  const found = profile.notes.find((n) => n.number === number);
  if (!found) throw new Error(`no note ${number}`);
  return found;
};
const only = (number: number) => {
  const [citation, ...rest] = note(number).citations;
  if (!citation || rest.length > 0) throw new Error(`note ${number} does not cite exactly one source`);
  return citation;
};
const source = (number: number) => {
  const { sourceKey, title, url } = only(number);
  return { sourceKey, title, url };
};

describe("parseProfile on the Japan seed", () => {
  it("reads the header", () => {
    expect(profile.country).toEqual({ name: "Japan", code: "JP" });
    expect(profile.lastUpdated).toBe("2026-01-20");
  });

  it("finds the template sections, joining the heading split over two lines", () => {
    expect(profile.sections.map((s) => ({ path: s.path, line: s.line, paragraphs: s.paragraphs.length }))).toEqual([
      { path: ["Digital ID Overview"], line: 7, paragraphs: 7 },
      { path: ["Law"], line: 25, paragraphs: 0 },
      { path: ["Law", "Domestic law and policy"], line: 29, paragraphs: 3 },
      { path: ["Law", "Data Protection"], line: 37, paragraphs: 3 },
      { path: ["Law", "International Commitments"], line: 45, paragraphs: 4 },
      { path: ["Designed to Include? The Impact of Digital ID and Legal Identity on Citizenship and Nationality Rights"], line: 55, paragraphs: 1 },
    ]);
  });

  it("takes the [n] markers out of the text, in order, once each", () => {
    const paragraphs = profile.sections.flatMap((s) => s.paragraphs);
    expect(paragraphs.flatMap((p) => p.markers.map((m) => m.note))).toEqual(Array.from({ length: 38 }, (_, i) => i + 19));
    for (const p of paragraphs) {
      expect(p.text).not.toMatch(/\[\d+\]|_image$/);
      for (const m of p.markers) expect(m.offset).toBeLessThanOrEqual(p.text.length);
    }
    const first = paragraphs[0];
    const marker = first?.markers[0];
    expect(marker && first.text.slice(0, marker.offset).endsWith(".")).toBe(true);
  });

  it("reads exactly 55 notes, numbered 1–56 without 47", () => {
    expect(profile.notes).toHaveLength(55);
    expect(profile.notes.map((n) => n.number)).toEqual(Array.from({ length: 56 }, (_, i) => i + 1).filter((n) => n !== 47));
    expect(note(1).line).toBe(63);
    expect(profile.notes.every((n) => n.citations.length > 0 && n.raw.length > 0)).toBe(true);
  });

  it("splits notes citing several sources", () => {
    const counts = profile.notes.filter((n) => n.citations.length > 1).map((n) => [n.number, n.citations.length]);
    expect(counts).toEqual([[1, 2], [22, 2], [41, 3]]);
  });

  it("resolves every ibid to the single source of the note before", () => {
    const ibids = profile.notes.filter((n) => n.citations.some((c) => c.kind === "ibid")).map((n) => n.number);
    expect(ibids).toEqual([16, 18, 24, 30, 39]);
    for (const n of ibids) {
      expect(only(n).refersTo).toBe(n - 1);
      expect(source(n)).toEqual(source(n - 1));
      expect(only(n).sourceKey).not.toBe("");
    }
  });

  it("resolves every (n X) to the source first cited in note X", () => {
    const crossrefs = profile.notes.filter((n) => n.citations.some((c) => c.kind === "crossref")).map((n) => [n.number, only(n.number).refersTo]);
    expect(crossrefs).toEqual([[4, 2], [9, 2], [10, 5], [11, 7], [55, 17], [56, 25]]);
    for (const [n, x] of crossrefs as [number, number][]) expect(source(n)).toEqual(source(x));
  });

  it("gives equal source keys to equal sources, and only to them", () => {
    expect(source(19).sourceKey).toBe(source(2).sourceKey);
    expect(source(25).sourceKey).toBe(source(5).sourceKey);
    expect(source(56).sourceKey).toBe(source(10).sourceKey);
    expect(source(34).sourceKey).toBe(source(31).sourceKey);
    expect(source(31).url).toBeNull();
    expect(source(36).sourceKey).not.toBe(source(31).sourceKey);
    expect(source(44).sourceKey).toBe(source(40).sourceKey);
    const full = profile.notes.flatMap((n) => n.citations.filter((c) => c.kind === "full"));
    expect(new Set(full.map((c) => c.sourceKey)).size).toBe(full.length - 4);
  });

  it("reads access dates and publication dates as ISO", () => {
    const full = profile.notes.flatMap((n) => n.citations.filter((c) => c.kind === "full"));
    for (const c of full) {
      if (c.url && c.url !== source(46).url) expect(c.accessed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (c.date) expect(c.date).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
    }
    expect(source(46).url).not.toBeNull();
    expect(only(46).accessed).toBeNull();
  });

  // The seed's real defects, found by reading its notes (line numbers are the seed's):
  // [47] is cited but there is no note 47; notes 1–18 are never cited in the text;
  // notes 40 and 44 give one URL under two different titles (44's URL is 40's law-firm bulletin);
  // note 46 has a URL without an access date; note 54's publisher is a URL.
  // No access date is later than "Last updated"; every date is a real date; every URL is https.
  it("reports exactly the seed's defects", () => {
    expect(profile.problems.map(({ kind, notes, line }) => ({ kind, notes, line }))).toEqual([
      { kind: "missing-note", notes: [47], line: 49 },
      ...Array.from({ length: 18 }, (_, i) => ({ kind: "unreferenced-note", notes: [i + 1], line: 63 + 4 * i })),
      { kind: "url-title-conflict", notes: [40, 44], line: 237 },
      { kind: "missing-access-date", notes: [46], line: 245 },
      { kind: "publisher-is-url", notes: [54], line: 273 },
    ]);
    for (const p of profile.problems) expect(p.message.length).toBeGreaterThan(10);
  });

  it("reports access dates after `now`", () => {
    const early = parseProfile(seed, { now: "2025-12-22" });
    const future = early.problems.filter((p) => p.kind === "access-date-in-future").flatMap((p) => p.notes);
    expect(future).toEqual([14, 15, 27, 29, 43, 49]);
  });

  it("reads the same profile through CRLF, a BOM and non-breaking spaces", () => {
    const mangled = `\uFEFF${seed.replace(/\n/g, "\r\n").replace(/ /g, "\u00A0")}`;
    expect(parseProfile(mangled, { now })).toEqual(profile);
  });
});

const fixture = (lines: string[]) => lines.join("\n");
const body = ["flag", "", "Testland", "", "Last updated : March 3, 2025", "", "digital  ID overview", "", "overview_background_image", "", "One.[1] Two.[2]", "", "LAW", "", "Domestic Law and Policy", "", "Three.[3]"];

function parse(notes: string[], options: { now?: string } = {}): ParsedProfile {
  return parseProfile(fixture([...body, "", ...notes.flatMap((text, i) => [`${i + 1}.^`, "", text, ""])]), { now: "2025-06-01", ...options });
}
const kinds = (p: ParsedProfile) => p.problems.map((x) => `${x.kind}:${x.notes.join(",")}`);

describe("parseProfile on synthetic profiles", () => {
  it("accepts headings in any case and spacing, and keeps marker offsets", () => {
    const p = parse(["‘A’ <https://a.example> accessed 1 May 2025.", "ibid 4.", "‘A’ (n 1) 7."]);
    expect(p.country).toEqual({ name: "Testland", code: null });
    expect(p.lastUpdated).toBe("2025-03-03");
    expect(p.sections.map((s) => s.title)).toEqual(["Digital ID Overview", "Law", "Domestic law and policy"]);
    expect(p.sections[0]?.paragraphs).toEqual([{ text: "One. Two.", markers: [{ note: 1, offset: 4 }, { note: 2, offset: 9 }], line: 11 }]);
    expect(p.notes.map((n) => n.citations.map((c) => [c.kind, c.pinpoint, c.refersTo, c.url]))).toEqual([
      [["full", null, null, "https://a.example"]],
      [["ibid", "4", 1, "https://a.example"]],
      [["crossref", "7", 1, "https://a.example"]],
    ]);
    expect(p.problems).toEqual([]);
  });

  it.each<[string, string[], string[]]>([
    ["unsafe URL", ["‘A’ <javascript:alert(1)> accessed 1 May 2025.", "‘B’.", "‘C’."], ["unsafe-url:1"]],
    ["invalid publication date", ["‘A’ (Pub, 31 February 2025) <https://a.example> accessed 1 May 2025.", "‘B’.", "‘C’."], ["invalid-date:1"]],
    ["invalid access date", ["‘A’ <https://a.example> accessed 32 May 2025.", "‘B’.", "‘C’."], ["invalid-date:1"]],
    ["access date in the future", ["‘A’ <https://a.example> accessed 2 June 2025.", "‘B’.", "‘C’."], ["access-date-in-future:1"]],
    ["missing access date", ["‘A’ <https://a.example>.", "‘B’.", "‘C’."], ["missing-access-date:1"]],
    ["ibid after a multi-source note", ["‘A’; ‘B’.", "ibid.", "‘C’."], ["ambiguous-ibid:2"]],
    ["ibid with nothing before", ["ibid.", "‘B’.", "‘C’."], ["unresolved-reference:1"]],
    ["(n X) to a missing note", ["‘A’.", "‘A’ (n 9).", "‘C’."], ["unresolved-reference:2"]],
    ["(n X) naming another source", ["‘A’.", "‘Z’ (n 1).", "‘C’."], ["unresolved-reference:2"]],
    ["one URL under two titles", ["‘A’ <https://x.example/a/> accessed 1 May 2025.", "‘B’ <HTTPS://x.example/a> accessed 1 May 2025.", "‘C’."], ["url-title-conflict:1,2"]],
    ["unclosed quotation mark", ["‘A <https://a.example> accessed 1 May 2025.", "‘B’.", "‘C’."], ["unparsed-citation:1"]],
    ["text after the URL", ["‘A’ <https://a.example> see below.", "‘B’.", "‘C’."], ["missing-access-date:1", "unparsed-citation:1"]],
    ["empty note", ["", "‘B’.", "‘C’."], ["empty-note:1"]],
    ["note never cited", ["‘A’.", "‘B’.", "‘C’.", "‘D’."], ["unreferenced-note:4"]],
    ["marker without a note", ["‘A’.", "‘B’."], ["missing-note:3"]],
  ])("reports %s", (_name, notes, expected) => {
    expect(kinds(parse(notes))).toEqual(expected);
  });

  it("keeps a note it cannot read, with its URL", () => {
    const p = parse(["‘A <https://a.example> accessed 1 May 2025.", "‘B’.", "‘C’."]);
    expect(p.notes[0]?.citations[0]).toMatchObject({ kind: "full", url: "https://a.example", accessed: "2025-05-01" });
  });

  it("reports a duplicated note number", () => {
    const text = fixture([...body, "", "1.^", "‘A’.", "2.^", "‘B’.", "2.^", "‘B2’.", "3.^", "‘C’."]);
    expect(kinds(parseProfile(text, { now: "2025-06-01" }))).toEqual(["duplicate-note:2"]);
  });

  it("reads notes numbered without the web page's ^ link", () => {
    const text = fixture([...body, "", "1. ‘A’.", "2. ‘B’.", "", "3.", "‘C’ <https://c.example> accessed 1 May 2025."]);
    const p = parseProfile(text, { now: "2025-06-01" });
    expect(p.notes.map((n) => [n.number, n.citations[0]?.title])).toEqual([[1, "A"], [2, "B"], [3, "C"]]);
    expect(p.problems).toEqual([]);
  });

  it("reports an unreadable Last updated date and stray header text", () => {
    const text = fixture(["Testland", "Stray line", "Last updated : Smarch 40, 2025", "Digital ID Overview", "Text."]);
    const p = parseProfile(text);
    expect(p.lastUpdated).toBeNull();
    expect(p.problems.map((x) => [x.kind, x.line])).toEqual([["unexpected-text", 2], ["invalid-date", 3]]);
  });

  it("reports a line that looks like a heading the template does not have, as the Word import does, and keeps its text", () => {
    const text = fixture(["Testland", "Last updated : January 20, 2026", "Digital ID Overview", "", "Cards are issued at birth.", "", "Biometric Surveillance", "", "Cameras are common.", "", "Law", "", "Short Line."]);
    const p = parseProfile(text);
    expect(p.problems.map((x) => [x.kind, x.line, x.message])).toEqual([["unmatched-heading", 7, "“Biometric Surveillance” looks like a heading, but the template has no such section; its text was kept at the end of “Digital ID Overview”."]]);
    expect(p.sections[0]!.paragraphs.map((x) => x.text)).toEqual(["Cards are issued at birth.", "Biometric Surveillance", "Cameras are common."]);
    expect(p.sections).toHaveLength(2);
  });

  it.each([
    ["", 1],
    ["\n\n  \n", 1],
    ["\n\nJust a letter.\nWith two lines.", 3],
  ])("throws an ImportError for text that is not a profile (%j)", (text, line) => {
    expect(() => parseProfile(text)).toThrow(ImportError);
    try {
      parseProfile(text);
    } catch (error) {
      expect(error).toMatchObject({ line });
      expect((error as Error).message).toMatch(/^Line \d+: /);
    }
  });
});

describe("parseProfile size limits", () => {
  it("refuses a line longer than 20,000 characters, naming it", () => {
    expect(() => parseProfile(`flag\nJapan\n\n${"word ".repeat(4_001)}\n`)).toThrow(/^Line 4: the line has 20,005 characters; at most 20,000/);
  });

  it("refuses a file past 2,000,000 characters, naming the line where it passes", () => {
    const line = "x".repeat(19_999);
    expect(() => parseProfile(Array.from({ length: 101 }, () => line).join("\n"))).toThrow(/^Line 101: the file passes 2,000,000 characters/);
  });

  it("reads line and paragraph separators, tabs and odd spaces as one space", () => {
    const parsed = parseProfile("flag\nJapan\nLast\tupdated\u2028:\u3000 20 January 2026\nDigital ID Overview\nOne\u2028two\u00A0\u00A0three.[1]\n1.^ ibid\n");
    expect(parsed.lastUpdated).toBe("2026-01-20");
    expect(parsed.sections[0]!.paragraphs[0]!.text).toBe("One two three.");
  });
});
