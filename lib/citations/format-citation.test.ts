import { describe, expect, it } from "vitest";
import { formatCitation } from "./format-citation";
import type { Source } from "./types";

const base: Source = {
  key: "k",
  title: "Rules for Digital Identity",
  url: "https://example.org/rules",
  publisher: "Example Ministry",
  date: "2025-02-21",
};

describe("formatCitation", () => {
  it.each<[string, Source, { accessed?: string | null; pinpoint?: string | null }, string]>([
    ["full webpage", base, { accessed: "2025-12-19" }, "‘Rules for Digital Identity’ (Example Ministry, 21 February 2025) <https://example.org/rules> accessed 19 December 2025"],
    ["missing authors is the default", { ...base, authors: [] }, { accessed: "2025-12-19" }, "‘Rules for Digital Identity’ (Example Ministry, 21 February 2025) <https://example.org/rules> accessed 19 December 2025"],
    ["one author", { ...base, authors: ["Jane Roe"] }, {}, "Jane Roe, ‘Rules for Digital Identity’ (Example Ministry, 21 February 2025) <https://example.org/rules>"],
    ["two authors", { ...base, authors: ["Jane Roe", "Sam Poe"] }, {}, "Jane Roe and Sam Poe, ‘Rules for Digital Identity’ (Example Ministry, 21 February 2025) <https://example.org/rules>"],
    ["three authors", { ...base, authors: ["A Roe", "B Poe", "C Doe"] }, {}, "A Roe, B Poe and C Doe, ‘Rules for Digital Identity’ (Example Ministry, 21 February 2025) <https://example.org/rules>"],
    ["more than three authors", { ...base, authors: ["A Roe", "B Poe", "C Doe", "D Moe"] }, {}, "A Roe and others, ‘Rules for Digital Identity’ (Example Ministry, 21 February 2025) <https://example.org/rules>"],
    ["missing publisher", { ...base, publisher: null }, { accessed: "2025-12-19" }, "‘Rules for Digital Identity’ (21 February 2025) <https://example.org/rules> accessed 19 December 2025"],
    ["missing date", { ...base, date: null }, { accessed: "2025-12-19" }, "‘Rules for Digital Identity’ (Example Ministry) <https://example.org/rules> accessed 19 December 2025"],
    ["missing publisher and date", { ...base, publisher: null, date: null }, { accessed: "2025-12-19" }, "‘Rules for Digital Identity’ <https://example.org/rules> accessed 19 December 2025"],
    ["year-only date joins the publisher without a comma", { ...base, date: "2015" }, {}, "‘Rules for Digital Identity’ (Example Ministry 2015) <https://example.org/rules>"],
    ["month precision", { ...base, date: "2024-05" }, {}, "‘Rules for Digital Identity’ (Example Ministry, May 2024) <https://example.org/rules>"],
    ["date as written is kept", { ...base, date: "Spring 2024" }, {}, "‘Rules for Digital Identity’ (Example Ministry, Spring 2024) <https://example.org/rules>"],
    ["missing URL", { ...base, url: null }, { accessed: "2025-12-19" }, "‘Rules for Digital Identity’ (Example Ministry, 21 February 2025) accessed 19 December 2025"],
    ["missing access date", base, { accessed: null }, "‘Rules for Digital Identity’ (Example Ministry, 21 February 2025) <https://example.org/rules>"],
    ["pinpoint before the URL", base, { pinpoint: "para 12", accessed: "2025-12-19" }, "‘Rules for Digital Identity’ (Example Ministry, 21 February 2025) para 12 <https://example.org/rules> accessed 19 December 2025"],
    ["title translation in square brackets", { ...base, title: "Règles", titleTranslation: "Rules" }, {}, "‘Règles’ [Rules] (Example Ministry, 21 February 2025) <https://example.org/rules>"],
    ["newspaper container", { ...base, publisher: null, container: "The Daily Example", type: "article-newspaper" }, {}, "‘Rules for Digital Identity’ The Daily Example (21 February 2025) <https://example.org/rules>"],
    ["document number", { ...base, date: "2014", number: "UN Doc X/1/2" }, {}, "‘Rules for Digital Identity’ (Example Ministry 2014) UN Doc X/1/2 <https://example.org/rules>"],
    ["book title is not quoted", { ...base, type: "book", authors: ["Example Org"], publisher: "Example Press", date: "2024", url: null }, {}, "Example Org, Rules for Digital Identity (Example Press 2024)"],
    ["legislation year follows the title", { key: "l", title: "Example Act (Act No. 1 of 2013)", type: "legislation", date: "2013" }, {}, "Example Act (Act No. 1 of 2013) 2013"],
    ["title only", { key: "t", title: "Bare Title" }, {}, "‘Bare Title’"],
  ])("%s", (_name, source, options, expected) => {
    expect(formatCitation(source, options).text).toBe(expected);
  });

  it("returns segments whose text adds up to the plain text, with the title and link kept apart", () => {
    const result = formatCitation({ ...base, authors: ["Jane Roe"] }, { accessed: "2025-12-19" });
    expect(result.segments.map((s) => s.text).join("")).toBe(result.text);
    expect(result.segments).toEqual([
      { kind: "text", text: "Jane Roe, ‘" },
      { kind: "title", text: "Rules for Digital Identity" },
      { kind: "text", text: "’ (Example Ministry, 21 February 2025) <" },
      { kind: "url", text: "https://example.org/rules", href: "https://example.org/rules" },
      { kind: "text", text: "> accessed 19 December 2025" },
    ]);
  });

  it("never links a URL that is not http(s)", () => {
    const result = formatCitation({ ...base, url: "javascript:alert(1)" });
    expect(result.segments.some((s) => s.kind === "url" || s.href !== undefined)).toBe(false);
    expect(result.text).toContain("<javascript:alert(1)>");
  });

  it("keeps markup in titles as text", () => {
    const result = formatCitation({ key: "x", title: "<b>bold</b>" });
    expect(result.segments).toContainEqual({ kind: "title", text: "<b>bold</b>" });
  });

  it("formats dates for another locale", () => {
    expect(formatCitation({ ...base, publisher: null, url: null }, { accessed: "2025-12-19", locale: "de-DE" }).text).toBe(
      "‘Rules for Digital Identity’ (21. Februar 2025) accessed 19. Dezember 2025",
    );
  });
});
