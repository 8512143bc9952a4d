import { describe, expect, it } from "vitest";
import { cslToSource } from "./csl-to-source";
import { formatCitation } from "./format-citation";

describe("cslToSource", () => {
  it("maps the fields OSCOLA needs", () => {
    const source = cslToSource({
      type: "webpage",
      title: " A Page ",
      URL: "https://example.org/a",
      publisher: "Example Ministry",
      issued: { "date-parts": [[2025, 2, 21]] },
      author: [{ given: "Jane", family: "Roe" }, { literal: "Example Agency" }],
    });
    expect(source).toEqual({
      key: "url:https://example.org/a",
      title: "A Page",
      url: "https://example.org/a",
      publisher: "Example Ministry",
      date: "2025-02-21",
      authors: ["Jane Roe", "Example Agency"],
      type: "webpage",
      container: null,
      number: null,
    });
    expect(formatCitation(source, { accessed: "2025-12-19" }).text).toBe(
      "Jane Roe and Example Agency, ‘A Page’ (Example Ministry, 21 February 2025) <https://example.org/a> accessed 19 December 2025",
    );
  });

  it.each([
    [{ "date-parts": [[2019]] }, "2019"],
    [{ "date-parts": [[2019, 5]] }, "2019-05"],
    [{ "date-parts": [["2019", "5", "3"]] }, "2019-05-03"],
    [{ raw: "Spring 2019" }, "Spring 2019"],
    [undefined, null],
  ])("reads the date %j", (issued, expected) => {
    expect(cslToSource({ type: "book", title: "T", issued }).date).toBe(expected);
  });

  it("links a DOI when there is no URL and keeps a given key", () => {
    expect(cslToSource({ type: "document", DOI: "10.1234/ABC" }, "src-1")).toMatchObject({ key: "src-1", url: "https://doi.org/10.1234/abc", title: "https://doi.org/10.1234/abc" });
  });
});
