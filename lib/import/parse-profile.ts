import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
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
import type { ParsedProfile, Problem, TemplateHeading } from "./types";

countries.registerLocale(en);

export interface ParseProfileOptions {
  /** Access dates after this day are reported; YYYY-MM-DD or a Date, default today (UTC). */
  now?: string | Date;
  template?: TemplateHeading[];
}

function isoDay(value: string | Date | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

function byLine(a: Problem, b: Problem): number {
  return a.line - b.line || a.kind.localeCompare(b.kind) || (a.notes[0] ?? 0) - (b.notes[0] ?? 0);
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
  const body = parseBody(lines, start >= 0 ? start : lines.length, headings);
  if (body.sections.length === 0 && rawNotes.length === 0) {
    throw new ImportError("This is not a country profile: it has no section headings and no numbered notes.", firstLine);
  }
  const { notes, problems } = resolveNotes(rawNotes, isoDay(options.now));
  const textLines = new Map(rawNotes.map((n) => [n.number, n.textLine]));
  const name = body.countryName ?? "";
  return {
    country: { name, code: (name && countries.getAlpha2Code(name, "en")) || null },
    lastUpdated: body.lastUpdated,
    sections: body.sections,
    notes,
    problems: [...body.problems, ...problems, ...checkReferences(body.sections, notes, (n) => textLines.get(n.number) ?? n.line)].sort(byLine),
  };
}
