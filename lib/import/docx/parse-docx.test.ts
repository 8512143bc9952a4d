import fs from "node:fs";
import path from "node:path";
import { AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, ExternalHyperlink, HeadingLevel, ImageRun, InsertedTextRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { seedAsWord } from "@/lib/test/word-fixtures";
import { parseProfile } from "../parse-profile";
import { parseDocx } from "./parse-docx";

const seed = fs.readFileSync(path.resolve(process.cwd(), "../shared/seeds/japan-profile.txt"), "utf8");
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

describe("parseDocx on the seed written in Word", () => {
  it("numbers footnotes as Word does, reports the seed's problems and resolves every ibid and (n X) to one source", async () => {
    const parsed = parseDocx(await seedAsWord(seed), { now: "2026-01-20" });
    const text = parseProfile(seed, { now: "2026-01-20" });
    expect(parsed.country).toEqual({ name: "Japan", code: "JP" });
    expect(parsed.lastUpdated).toBe("2026-01-20");
    expect(parsed.sections.map((s) => [s.path, s.paragraphs.map((p) => p.text)])).toEqual(text.sections.map((s) => [s.path, s.paragraphs.map((p) => p.text)]));
    expect(parsed.notes.map((n) => n.number)).toEqual(Array.from({ length: 38 }, (_, i) => 19 + i));

    const kinds = (kind: string) => parsed.problems.filter((p) => p.kind === kind).map((p) => p.notes);
    expect(kinds("missing-access-date")).toEqual([[46]]);
    expect(kinds("url-title-conflict")).toEqual([[40, 44]]);
    expect(kinds("empty-note")).toEqual([[47]]);
    // Note 55 is “(n 17)”: note 17 is one of the seed's notes no text cites, which a Word file cannot hold.
    expect(parsed.problems.filter((p) => p.kind === "unresolved-reference")).toMatchObject([{ notes: [55], message: "(n 17) does not point to an earlier note with a citation." }]);

    const repeats = parsed.notes.flatMap((n) => n.citations.filter((c) => c.kind !== "full" && n.number !== 55).map((c) => ({ note: n.number, c })));
    expect(repeats).toHaveLength(text.notes.filter((n) => n.number >= 19 && n.number !== 55).flatMap((n) => n.citations.filter((c) => c.kind !== "full")).length);
    expect(repeats.some((r) => r.c.kind === "ibid")).toBe(true);
    expect(repeats.some((r) => r.c.kind === "crossref")).toBe(true);
    for (const { note, c } of repeats) {
      const target = parsed.notes.find((n) => n.number === c.refersTo);
      expect(target, `note ${note}`).toBeDefined();
      expect(target!.number).toBeLessThan(note);
      expect(target!.citations.filter((t) => t.sourceKey === c.sourceKey)).toHaveLength(1);
    }
    // The same sources and access dates as the plain-text import of the same profile.
    const cites = (notes: typeof parsed.notes) => notes.filter((n) => n.number >= 19 && n.number !== 47 && n.number !== 55).map((n) => [n.number, n.citations.map((c) => [c.sourceKey, c.accessed, c.pinpoint])]);
    expect(cites(parsed.notes)).toEqual(cites(text.notes));
  });
});

describe("parseDocx formatting and what it cannot import", () => {
  it("keeps bold, italic, links and lists; reports unmatched headings, images, tables, comments and tracked changes where they are", async () => {
    const doc = new Document({
      comments: { children: [{ id: 0, author: "Reviewer", children: [new Paragraph("Check this.")] }] },
      numbering: { config: [{ reference: "numbers", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT }] }] },
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, text: "France" }),
            new Paragraph({ heading: HeadingLevel.HEADING_1, text: "Digital ID Overview" }),
            new Paragraph({ children: [new TextRun("Plain "), new TextRun({ text: "bold", bold: true }), new TextRun(" and "), new TextRun({ text: "italic", italics: true }), new TextRun(" with "), new ExternalHyperlink({ link: "https://example.org/x", children: [new TextRun("a link")] }), new TextRun(".")] }),
            new Paragraph({ text: "First point", bullet: { level: 0 } }),
            new Paragraph({ text: "Nested point", bullet: { level: 1 } }),
            new Paragraph({ text: "Step one", numbering: { reference: "numbers", level: 0 } }),
            new Paragraph({ heading: HeadingLevel.HEADING_1, text: "Renamed Section" }),
            new Paragraph("Text under the renamed heading is kept."),
            new Paragraph({ children: [new TextRun("A picture "), new ImageRun({ type: "png", data: png, transformation: { width: 1, height: 1 } })] }),
            new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph("Cell text")] })] })] }),
            new Paragraph({ children: [new CommentRangeStart(0), new TextRun("Commented"), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
            new Paragraph({ children: [new TextRun("Kept "), new InsertedTextRun({ text: "inserted", id: 1, author: "A", date: "2026-01-01T00:00:00Z" }), new DeletedTextRun({ text: "deleted", id: 2, author: "A", date: "2026-01-01T00:00:00Z" })] }),
          ],
        },
      ],
    });
    const parsed = parseDocx(await Packer.toBuffer(doc), { now: "2026-01-20" });
    expect(parsed.sections.map((s) => s.title)).toEqual(["Digital ID Overview"]);
    const [intro, bullet, nested, step, renamed, under, picture, cell, commented, tracked] = parsed.sections[0]!.paragraphs;
    expect(intro!.text).toBe("Plain bold and italic with a link.");
    expect(intro!.marks).toEqual([
      { type: "bold", from: 6, to: 10 },
      { type: "italic", from: 15, to: 21 },
      { type: "link", from: 27, to: 33, href: "https://example.org/x" },
    ]);
    expect([bullet!.block, nested!.block, step!.block]).toEqual([
      { kind: "list", ordered: false, level: 0 },
      { kind: "list", ordered: false, level: 1 },
      { kind: "list", ordered: true, level: 0 },
    ]);
    expect(renamed).toMatchObject({ text: "Renamed Section", marks: [{ type: "bold", from: 0, to: 15 }] });
    expect(under!.text).toBe("Text under the renamed heading is kept.");
    expect(picture!.text).toBe("A picture");
    expect(cell!.text).toBe("Cell text");
    expect(commented!.text).toBe("Commented");
    expect(tracked!.text).toBe("Kept inserted");
    const where = (kind: string) => parsed.problems.filter((p) => p.kind === kind).map((p) => [p.line, p.message.replace(/,.*$/, "")]);
    expect(where("unmatched-heading")).toEqual([[renamed!.line, "The heading “Renamed Section” is not in the template (renamed or removed?); it was kept as bold text at the end of “Digital ID Overview”."]]);
    expect(where("unsupported-content")).toEqual([
      [picture!.line, "Paragraph 9 has an image"],
      [cell!.line, "Paragraph 10 is in a table"],
      [commented!.line, "Paragraph 11 has a comment"],
      [tracked!.line, "Paragraph 12 has a tracked change"],
    ]);
  });
});

describe("parseDocx refuses what is not a Word document, with one clear error", () => {
  it("a PDF renamed to .docx", () => {
    const pdf = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
    expect(() => parseDocx(pdf)).toThrow("This is not a Word document (.docx) (it is a PDF): a .docx file is a zip package. Nothing was imported.");
  });

  it("an encrypted document and an old .doc", () => {
    const cfb = (extra: string) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(extra, "utf16le")]);
    expect(() => parseDocx(cfb("EncryptionInfo"))).toThrow(/encrypted \(password-protected\)/);
    expect(() => parseDocx(cfb("WordDocument"))).toThrow(/old Word 97–2003 \(\.doc\) file/);
  });

  it("a zip with 10,000 entries, before inflating any", async () => {
    const { zipSync } = await import("fflate");
    const files = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`f${i}.txt`, new Uint8Array([i % 256])]));
    expect(() => parseDocx(zipSync(files, { level: 0 }))).toThrow("The zip has more than 1,000 entries; a Word document has a few dozen. Nothing was imported.");
  });

  it("a 50 MB document.xml (small compressed) by its declared size", async () => {
    const { zipSync, strToU8 } = await import("fflate");
    const huge = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    const bomb = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": huge }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(() => parseDocx(bomb)).toThrow("word/document.xml unpacks to 50 MB; at most 16 MB are allowed (a profile is far smaller). Nothing was imported.");
  });

  it("a zip that is not Word, and a damaged part", async () => {
    const { zipSync, strToU8 } = await import("fflate");
    expect(() => parseDocx(zipSync({ "a.txt": strToU8("hello") }))).toThrow("This zip is not a Word document: it has no word/document.xml. Nothing was imported.");
    const broken = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w:document><w:body>") });
    expect(() => parseDocx(broken)).toThrow(/The Word document is damaged: word\/document.xml is not valid XML/);
  });
});
