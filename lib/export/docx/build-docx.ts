import { AlignmentType, Bookmark, Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun, type ParagraphChild } from "docx";
import { footnoteCursor } from "@/lib/citations/number-reading-order";
import type { Segment } from "@/lib/citations/types";
import { exportUrl } from "@/lib/citations/is-safe-url";
import { formatDate } from "@/lib/format-date";
import { cleanText, oneLine } from "../clean-text";
import { sourceBookmark } from "./bookmark-names";
import { BULLET_LIST, contentToDocx, ORDERED_LIST } from "./content-to-docx";
import type { WordExport, WordFootnote } from "./word-export";

const sectionHeadings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

/** A run's text: stored controls dropped, line breaks as spaces, spacing between segments kept. */
const runText = (text: string) => cleanText(text).replace(/\n/g, " ");

function segmentRuns(segments: Segment[]): ParagraphChild[] {
  if (segments.length === 0) return [new TextRun({ text: "Citation missing.", italics: true })];
  return segments.map((s) => {
    const link = s.kind === "url" ? exportUrl(s.href) : null;
    return link ? new ExternalHyperlink({ link, children: [new TextRun({ text: runText(s.text), style: "Hyperlink" })] }) : new TextRun(runText(s.text));
  });
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
 * All text passes `cleanText` (XML 1.0 has no place for C0 controls or lone surrogates), so stored
 * control characters can't make the package invalid.
 */
export async function buildDocx(doc: WordExport): Promise<Buffer> {
  const nextNote = footnoteCursor(doc.footnotes);
  let orderedLists = 0;
  const nextOrderedList = () => ++orderedLists;
  const body: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(oneLine(doc.country))] }), new Paragraph({ children: [new TextRun(`Last updated: ${formatDate(doc.lastUpdated)}`)] })];
  for (const s of doc.sections) {
    body.push(new Paragraph({ heading: sectionHeadings[Math.min(s.depth, 2)], children: [new TextRun(oneLine(s.title))] }));
    body.push(...contentToDocx(s.content, { nextFootnote: (citationId) => nextNote(s.id, citationId)?.number ?? null, nextOrderedList }));
  }
  const counter = { n: 1 };
  const footnotes = Object.fromEntries(doc.footnotes.map((f) => [f.number, { children: [footnoteParagraph(f, counter)] }]));
  const word = new Document({
    creator: "Folio",
    title: `${oneLine(doc.country)}: country profile`,
    description: oneLine(doc.description),
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
