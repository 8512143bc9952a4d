import { defaultTemplate } from "../profiles/default-template";
import { checkReferences } from "./check-references";
import { checkSize } from "./check-size";
import { findNotesStart } from "./find-notes-start";
import { ImportError } from "./import-error";
import { matchHeading } from "./match-heading";
import { parseBody } from "./parse-body";
import { parseNotesList } from "./parse-notes-list";
import { resolveNotes } from "./resolve-notes";
import { splitLines } from "./split-lines";
import { templateHeadings } from "./template-headings";
import { profileCountry } from "./profile-country";
import { sortProblems } from "./sort-problems";
import type { ParsedProfile, TemplateHeading } from "./types";

export interface ParseProfileOptions {
  /** Access dates after this day are reported; YYYY-MM-DD or a Date, default today (UTC). */
  now?: string | Date;
  /** The template's headings as stored (default: the built-in template). */
  template?: TemplateHeading[];
}

/** Headings of the built-in template that `template` no longer has (renamed or removed by an admin). */
export function retiredHeadings(template: TemplateHeading[]) {
  const current = new Set(templateHeadings(template).map((h) => h.key));
  return templateHeadings(defaultTemplate).filter((h) => !current.has(h.key));
}

function isoDay(value: string | Date | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/**
 * Parses a country profile exported as plain text into its header, sections, resolved notes and problems.
 * @throws {ImportError} when the text has neither section headings nor numbered notes, or a line or the file is too long.
 */
export function parseProfile(text: string, options: ParseProfileOptions = {}): ParsedProfile {
  const lines = splitLines(text);
  checkSize(lines);
  const firstLine = lines.findIndex((line) => line.trim() !== "") + 1;
  if (firstLine === 0) throw new ImportError("The file is empty.", 1);
  const headings = templateHeadings(options.template ?? defaultTemplate);
  const firstHeading = lines.findIndex((_, i) => matchHeading(lines, i, headings) !== null);
  const { start, header } = findNotesStart(lines, firstHeading);
  const rawNotes = start >= 0 ? parseNotesList(lines, start, header) : [];
  const body = parseBody(lines, start >= 0 ? start : lines.length, headings, retiredHeadings(options.template ?? defaultTemplate));
  if (body.sections.length === 0 && rawNotes.length === 0) {
    throw new ImportError("This is not a country profile: it has no section headings and no numbered notes.", firstLine);
  }
  const { notes, problems } = resolveNotes(rawNotes, isoDay(options.now));
  const textLines = new Map(rawNotes.map((n) => [n.number, n.textLine]));
  return {
    country: profileCountry(body.countryName),
    lastUpdated: body.lastUpdated,
    sections: body.sections,
    notes,
    problems: sortProblems([...body.problems, ...problems, ...checkReferences(body.sections, notes, (n) => textLines.get(n.number) ?? n.line)]),
  };
}
