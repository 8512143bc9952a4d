import { describe, expect, it } from "vitest";
import { manifestSource, versionOf } from "@/lib/test/manifest-factories";
import { readBibliography } from "@/lib/test/read-bibliography";
import { bibliographyEntries } from "./bibliography-entries";
import { exportBibliography, type BibliographyFormat } from "./export-bibliography";

const formats: BibliographyFormat[] = ["bibtex", "ris", "csl-json"];

const card = manifestSource({
  key: "0b9f6c1e-0000-4000-8000-000000000001",
  title: "About an Individual Number Card – My Number Card General Site",
  url: "https://www.kojinbango-card.go.jp/en-kojinbango/",
  accessed: "2025-12-22",
  date: "2024-05-03",
  publisher: "Digital Agency",
  csl: { type: "webpage", author: [{ family: "Doe", given: "Jane" }, { literal: "Digital Agency, Japan" }] },
});
const pdf = manifestSource({
  key: "0b9f6c1e-0000-4000-8000-000000000002",
  title: "Comparing Privacy Laws: GDPR vs APPI, a long title that would have been wrapped at seventy characters by the old writer",
  url: "https://www.dataguidance.com/sites/default/files/gdpr_v_appi_april_update.pdf",
  accessed: "2025-12-23",
  type: "report",
  publisher: "DataGuidance",
  number: "CERD/C/JPN/CO/7-9",
});
const article = manifestSource({ key: "0b9f6c1e-0000-4000-8000-000000000003", title: "Article", url: "https://example.org/j?a=1&b=2", accessed: "2025-12-24", type: "article-journal", container: "Journal", doi: "10.1234/abc", date: "2023" });
const act = manifestSource({ key: "0b9f6c1e-0000-4000-8000-000000000004", title: "Act No. 27 of 2013", type: "legislation" });

// The card is cited three times: twice on 2025-12-22 (one record) and once on 2026-01-05 (a second record).
const version = versionOf({ notes: [[card], [pdf, article], [act], [card], [{ ...card, accessed: "2026-01-05" }]] });

describe("bibliography exports read back by citation-js", () => {
  const entries = bibliographyEntries(version.manifest);

  it("lists every source once per access date, with unique whole ids", () => {
    expect(entries.map((e) => [e.sourceKey.slice(-1), e.accessed])).toEqual([
      ["1", "2025-12-22"],
      ["2", "2025-12-23"],
      ["3", "2025-12-24"],
      ["4", null],
      ["1", "2026-01-05"],
    ]);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) expect(e.id).toMatch(/^[A-Za-z0-9-]+$/);
    expect(entries[0]!.id).toMatch(/^Doe2024-[a-z0-9]{6}$/);
    expect(entries[4]!.id).toBe(`${entries[0]!.id}-2`);
  });

  it.each(formats)("%s gives back exactly the sources, URLs, access dates and ids", (format) => {
    const read = readBibliography(exportBibliography(version, format), format);
    expect(read.map((r) => r.id)).toEqual(entries.map((e) => e.id));
    expect(read.map((r) => r.title)).toEqual(entries.map((e) => e.title));
    expect(read.map((r) => r.url ?? null)).toEqual(entries.map((e) => e.url));
    expect(read.map((r) => r.accessed ?? null)).toEqual(entries.map((e) => e.accessed));
    expect(read[0]).toMatchObject({ type: "webpage", issued: "2024-05-03", authors: ["Doe, Jane", "Digital Agency, Japan"], publisher: "Digital Agency" });
    expect(read[1]).toMatchObject({ type: "report", publisher: "DataGuidance" });
    expect(read[2]).toMatchObject({ type: "article-journal", doi: "10.1234/abc", issued: "2023" });
    expect(read[3]).toMatchObject({ type: "legislation", url: undefined });
  });

  it("writes RIS as Zotero reads it: one tag a line, never wrapped, DA/PY for the date and Y2 for the access date", () => {
    const ris = exportBibliography(version, "ris");
    const lines = ris.split("\r\n");
    expect(lines.every((l) => l === "" || /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
    expect(lines).toContain(`TI  - ${pdf.title}`);
    expect(lines).toContain(`UR  - ${pdf.url}`);
    expect(lines).toContain("Y2  - 2025/12/22/");
    expect(lines).toContain("DA  - 2024/05/03/");
    expect(lines).toContain("PY  - 2024");
    expect(lines.filter((l) => l.startsWith("TY  - "))).toHaveLength(entries.length);
  });

  it("writes biblatex with urldate and date, not a note", () => {
    const bib = exportBibliography(version, "bibtex");
    expect(bib).toContain("  urldate = {2025-12-22},");
    expect(bib).toContain("  date = {2024-05-03},");
    expect(bib).toContain(`  url = {${card.url}},`);
    expect(bib).not.toContain("accessed");
  });

  it.each(["webpage", "post-weblog", "article-journal", "article-newspaper", "article-magazine", "report", "book", "chapter", "paper-conference", "thesis", "dataset", "software", "legislation", "bill", "legal_case", "hearing", "manuscript", "pamphlet", "patent", "standard", "map", "graphic", "document", "treaty", "speech", "interview"])(
    "keeps the URL, access date and title of a %s in every format",
    (type) => {
      const v = versionOf({ notes: [[manifestSource({ key: `k-${type}`, type, title: `A ${type}`, url: `https://example.org/${type}`, accessed: "2025-02-21", date: "2024-05-03" })]] });
      for (const format of formats) {
        const [read, ...extra] = readBibliography(exportBibliography(v, format), format);
        expect(extra).toEqual([]);
        expect(read).toMatchObject({ title: `A ${type}`, url: `https://example.org/${type}`, accessed: "2025-02-21" });
      }
    },
  );

  it("leaves out a URL the URL policy refuses, and every field of the stored CSL it does not know", () => {
    const stored = manifestSource({ key: "evil", title: "Evil", url: "javascript:alert(1)", accessed: "2025-02-21", csl: { type: "webpage", URL: "data:text/html,x", "archive-url": "https://evil.example/", note: "x" } });
    const v = versionOf({ notes: [[stored]] });
    const csl = JSON.parse(exportBibliography(v, "csl-json")) as Record<string, unknown>[];
    expect(Object.keys(csl[0]!).sort()).toEqual(["accessed", "id", "title", "type"]);
    for (const format of formats) expect(readBibliography(exportBibliography(v, format), format)[0]!.url).toBeUndefined();
  });
});
