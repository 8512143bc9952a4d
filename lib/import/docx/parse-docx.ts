import { defaultTemplate } from "@/lib/profiles/default-template";
import { readBookmark } from "@/lib/export/docx/bookmark-names";
import { checkReferences } from "../check-references";
import { headingKey } from "../heading-key";
import { parseDateText } from "../parse-date-text";
import { retiredHeadings, type ParseProfileOptions } from "../parse-profile";
import { profileCountry } from "../profile-country";
import { resolveNotes, type RawNote } from "../resolve-notes";
import { sortProblems } from "../sort-problems";
import { templateHeadings } from "../template-headings";
import type { ParsedParagraph, ParsedProfile, ParsedSection, Problem } from "../types";
import { readDocxPackage } from "./read-docx-package";
import { readFootnotes } from "./read-footnotes";
import { readNumbering } from "./read-numbering";
import { readParagraph, type WordParagraph } from "./read-paragraph";
import { readHyperlinks } from "./read-relationships";
import { readStyles, styleInfo } from "./read-styles";
import { attr, child, childrenOf, parseWordXml, rootChildren, tagOf, type XmlNode } from "./word-xml";
import { WordFileError } from "./word-file-error";

/** The number Word shows on the first footnote (`w:footnotePr/w:numStart` of the section or the settings), 1 by default. */
function firstFootnoteNumber(body: XmlNode, settings: XmlNode[]): number {
  const sectPr = childrenOf(body).filter((n) => tagOf(n) === "w:sectPr").pop();
  const start = (holder: XmlNode | undefined) => attr(child(child(holder, "w:footnotePr"), "w:numStart"), "w:val");
  const value = start(sectPr) ?? start(settings.find((n) => tagOf(n) === "w:settings"));
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n < 100_000 ? n : 1;
}

/** Body paragraphs in reading order; paragraphs of tables are flagged (their text is kept, the table is not). */
function bodyParagraphs(nodes: XmlNode[], inTable = false): { p: XmlNode; inTable: boolean }[] {
  return nodes.flatMap((n) => {
    const tag = tagOf(n);
    if (tag === "w:p") return [{ p: n, inTable }];
    if (tag === "w:tbl" || tag === "w:tr" || tag === "w:tc") return bodyParagraphs(childrenOf(n), true);
    if (tag === "w:sdt" || tag === "w:sdtContent" || tag === "w:customXml") return bodyParagraphs(childrenOf(n), inTable);
    return [];
  });
}

function trimmed(wp: WordParagraph): WordParagraph {
  const lead = wp.text.length - wp.text.trimStart().length;
  const text = wp.text.trim();
  const at = (o: number) => Math.min(Math.max(o - lead, 0), text.length);
  return { ...wp, text, marks: wp.marks.map((m) => ({ ...m, from: at(m.from), to: at(m.to) })).filter((m) => m.to > m.from), footnotes: wp.footnotes.map((f) => ({ ...f, offset: at(f.offset) })) };
}

const lastUpdated = (text: string) => /^last updated\s*:?\s*(.*)$/i.exec(text)?.[1] ?? null;

/**
 * Parses a country profile written in Word: Title/first line = country, “Last updated”, headings matched
 * to the template, paragraphs with bold/italic/links/lists, and real Word footnotes numbered as Word does
 * (order of reference) and run through the same OSCOLA parser as the plain-text import. `line` in problems
 * is the paragraph's number in the document.
 * @throws WordFileError when the file is not a readable Word document (see readDocxPackage)
 */
export function parseDocx(bytes: Uint8Array, options: ParseProfileOptions = {}): ParsedProfile {
  const parts = readDocxPackage(bytes);
  const xml = (name: string) => {
    const part = parts.get(name);
    return part ? parseWordXml(name, part) : [];
  };
  const styles = readStyles(xml("word/styles.xml"));
  const ordered = readNumbering(xml("word/numbering.xml"));
  const links = readHyperlinks(xml("word/_rels/document.xml.rels"));
  const footnotes = readFootnotes(xml("word/footnotes.xml"), readHyperlinks(xml("word/_rels/footnotes.xml.rels")));
  const body = rootChildren(xml("word/document.xml"), "w:document").find((n) => tagOf(n) === "w:body");
  if (!body) throw new WordFileError("This is not a Word document: word/document.xml has no body. Nothing was imported.");

  const firstNumber = firstFootnoteNumber(body, xml("word/settings.xml"));
  const template = options.template ?? defaultTemplate;
  const headings = templateHeadings(template);
  const retired = retiredHeadings(template);
  const problems: Problem[] = [];
  const sections: ParsedSection[] = [];
  const rawNotes: RawNote[] = [];
  const noteNumber = new Map<string, number>();
  let country: string | null = null;
  let updated: string | null = null;
  let section: ParsedSection | null = null;
  let tableReported = false;

  bodyParagraphs(childrenOf(body)).forEach(({ p, inTable }, index) => {
    const line = index + 1;
    const wp = trimmed(readParagraph(p, links));
    for (const what of wp.unsupported) problems.push({ kind: "unsupported-content", notes: [], line, message: `Paragraph ${line} has ${what}, which Folio does not import; the paragraph's text was kept.` });
    if (inTable && !tableReported) {
      tableReported = true;
      problems.push({ kind: "unsupported-content", notes: [], line, message: `Paragraph ${line} is in a table, which Folio does not import; the text of its cells was kept as paragraphs.` });
    }
    if (!inTable) tableReported = false;
    const markers = wp.footnotes.map((f) => {
      let number = noteNumber.get(f.id);
      if (number === undefined) {
        number = firstNumber + noteNumber.size;
        noteNumber.set(f.id, number);
        const note = footnotes.get(f.id);
        rawNotes.push({ number, line, textLine: line, raw: note?.text ?? "" });
        for (const what of note?.unsupported ?? []) problems.push({ kind: "unsupported-content", notes: [number], line, message: `Footnote ${number} has ${what}, which Folio does not import; its text was kept.` });
      }
      return { note: number, offset: f.offset };
    });
    if (wp.text === "" && markers.length === 0) return;
    const style = styleInfo(styles, wp.styleId);
    const key = headingKey(wp.text);
    const matched = markers.length === 0 ? headings.find((h) => h.key === key) : undefined;
    if (matched && (style.heading !== null || !wp.list)) {
      section = { title: matched.title, path: matched.path, paragraphs: [], line };
      sections.push(section);
      return;
    }
    if (!section) {
      const date = lastUpdated(wp.text);
      if (style.title || (country === null && date === null && !/^flag$/i.test(wp.text))) {
        if (country === null) country = wp.text;
        else problems.push({ kind: "unexpected-text", notes: [], line, message: `Text before the first section heading: “${wp.text.slice(0, 80)}”.` });
      } else if (date !== null) {
        const parsed = parseDateText(date);
        if (parsed.looksLikeDate && parsed.iso && parsed.precision === "day") updated = parsed.iso;
        else problems.push({ kind: "invalid-date", notes: [], line, message: `“Last updated” date “${date.slice(0, 80)}” is not a valid day.` });
      } else if (!/^flag$/i.test(wp.text)) {
        const heading = style.heading !== null || retired.some((h) => h.key === key);
        problems.push(heading ? { kind: "unmatched-heading", notes: [], line, message: `The heading “${wp.text.slice(0, 80)}” is not in the template; it and the text up to the next known heading have no section and were not imported.` } : { kind: "unexpected-text", notes: [], line, message: `Text before the first section heading: “${wp.text.slice(0, 80)}”.` });
      }
      return;
    }
    const paragraph: ParsedParagraph = { text: wp.text, markers, line, marks: wp.marks };
    const anchor = wp.bookmarks.map(readBookmark).find((b) => b?.kind === "paragraph");
    if (anchor?.kind === "paragraph") paragraph.anchor = anchor.anchor;
    if ((style.heading !== null && style.heading <= 3) || retired.some((h) => h.key === key)) {
      problems.push({ kind: "unmatched-heading", notes: [], line, message: `The heading “${wp.text.slice(0, 80)}” is not in the template (renamed or removed?); it was kept as bold text at the end of “${section.title}”.` });
      paragraph.marks = [{ type: "bold", from: 0, to: wp.text.length }];
    } else if (style.heading !== null) {
      paragraph.block = { kind: "heading", level: Math.min(style.heading - 2, 4) };
    } else if (wp.list) {
      paragraph.block = { kind: "list", ordered: ordered(wp.list.numId, wp.list.level), level: wp.list.level };
    }
    section.paragraphs.push(paragraph);
  });

  const resolved = resolveNotes(rawNotes, (options.now === undefined ? new Date() : new Date(options.now)).toISOString().slice(0, 10));
  const ids = [...noteNumber.entries()].map(([id]) => footnotes.get(id)?.sourceIds ?? []);
  resolved.notes.forEach((note, i) => {
    const sourceIds = ids[i] ?? [];
    if (sourceIds.length === note.citations.length) note.citations.forEach((c, j) => (c.sourceId = sourceIds[j]));
  });
  return {
    country: profileCountry(country),
    lastUpdated: updated,
    sections,
    notes: resolved.notes,
    problems: sortProblems([...problems, ...resolved.problems, ...checkReferences(sections, resolved.notes, (n) => n.line)]),
  };
}
