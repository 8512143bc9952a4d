import { AlignmentType, Bookmark, Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun, type ParagraphChild } from "docx";
import type { Segment } from "@/lib/citations/types";
import { formatDate } from "@/lib/format-date";
import { stripForbiddenDeep } from "@/lib/validation/forbidden-characters";
import { sourceBookmark } from "./bookmark-names";
import { BULLET_LIST, contentToDocx, ORDERED_LIST } from "./content-to-docx";
import type { WordExport, WordFootnote } from "./word-export";

const sectionHeadings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

function segmentRuns(segments: Segment[]): ParagraphChild[] {
  if (segments.length === 0) return [new TextRun({ text: "Citation missing.", italics: true })];
  return segments.map((s) =>
    s.kind === "url" && s.href ? new ExternalHyperlink({ link: s.href, children: [new TextRun({ text: s.text, style: "Hyperlink" })] }) : new TextRun(s.text),
  );
}

function footnoteParagraph(f: WordFootnote, counter: { n: number }): Paragraph {
  // Empty bookmarks at the start name the note's sources in order, so a re-import relinks them by id.
  const marks = f.sourceIds.flatMap((id) => {
    const name = sourceBookmark(id, counter.n++);
    return name ? [new Bookmark({ id: name, children: [] })] : [];
  });
  return new Paragraph({ children: [...marks, ...segmentRuns(f.segments)] });
}

const listLevels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) =>
  Array.from({ length: 6 }, (_, level) => ({ level, format, text: text(level), alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } } }));

/**
 * A profile as a Word document: the country as title, “Last updated”, sections as Heading 1–3 in template
 * order, paragraphs with their formatting and links, and real Word footnotes (their links in the notes'
 * own relationships part). Paragraph anchors and source ids are bookmarks, read back by the Word import.
 */
export async function buildDocx(exported: WordExport): Promise<Buffer> {
  // XML 1.0 has no place for C0 controls or lone surrogates: text stored before they were refused is written without them.
  const doc = stripForbiddenDeep(exported);
  let nextNote = 0;
  let orderedLists = 0;
  const ctx = { nextFootnote: () => doc.footnotes[nextNote++]?.number ?? null, nextOrderedList: () => ++orderedLists };
  const body: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.country)] }), new Paragraph({ children: [new TextRun(`Last updated: ${formatDate(doc.lastUpdated)}`)] })];
  for (const s of doc.sections) {
    body.push(new Paragraph({ heading: sectionHeadings[Math.min(s.depth, 2)], children: [new TextRun(s.title)] }));
    body.push(...contentToDocx(s.content, ctx));
  }
  const counter = { n: 1 };
  const footnotes = Object.fromEntries(doc.footnotes.map((f) => [f.number, { children: [footnoteParagraph(f, counter)] }]));
  const word = new Document({
    creator: "Folio",
    title: `${doc.country}: country profile`,
    description: doc.description,
    numbering: {
      config: [
        { reference: BULLET_LIST, levels: listLevels(LevelFormat.BULLET, () => "•") },
        { reference: ORDERED_LIST, levels: listLevels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`) },
      ],
    },
    footnotes,
    sections: [{ children: body }],
  });
  return Packer.toBuffer(word);
}
