import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { parseProfile } from "@/lib/import/parse-profile";

/** Rewrites parts of a .docx (tests only): `edit` gets each part's text and returns the new text. */
function editDocx(bytes: Uint8Array, edit: (name: string, xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, data] of Object.entries(files)) if (name.endsWith(".xml")) files[name] = strToU8(edit(name, strFromU8(data)));
  return zipSync(files);
}

/**
 * The plain-text seed profile as an author would have it in Word: Title, “Last updated”, Heading 1/2 for the
 * template's sections, paragraphs with real footnote references, and footnote numbering starting where the
 * seed's does (`w:numStart`), so Word shows the seed's note numbers.
 */
export async function seedAsWord(seed: string): Promise<Uint8Array> {
  const parsed = parseProfile(seed, { now: "2026-01-20" });
  const lines = seed.split(/\r?\n/);
  const updated = lines.find((l) => /^last updated/i.test(l.trim()))!.trim();
  const raw = new Map(parsed.notes.map((n) => [n.number, n.raw.trim()]));
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  let next = 1;
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, text: parsed.country.name }), new Paragraph(updated)];
  const first = Math.min(...parsed.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.markers.map((m) => m.note))));
  for (const s of parsed.sections) {
    children.push(new Paragraph({ heading: s.path.length > 1 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1, text: s.title }));
    for (const p of s.paragraphs) {
      const runs: (TextRun | FootnoteReferenceRun)[] = [];
      let at = 0;
      for (const m of p.markers) {
        runs.push(new TextRun(p.text.slice(at, m.offset)));
        at = m.offset;
        const id = next++;
        footnotes[id] = { children: [new Paragraph(raw.get(m.note) ?? "")] };
        runs.push(new FootnoteReferenceRun(id));
      }
      runs.push(new TextRun(p.text.slice(at)));
      children.push(new Paragraph({ children: runs }));
    }
  }
  const bytes = await Packer.toBuffer(new Document({ footnotes, sections: [{ children }] }));
  return editDocx(bytes, (name, xml) => (name === "word/document.xml" ? xml.replace(/<w:sectPr>/, `<w:sectPr><w:footnotePr><w:numStart w:val="${first}"/></w:footnotePr>`) : xml));
}
