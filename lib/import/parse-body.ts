import { looksLikeHeading } from "./looks-like-heading";
import { matchHeading } from "./match-heading";
import { parseDateText } from "./parse-date-text";
import { parseParagraph } from "./parse-paragraph";
import type { HeadingEntry } from "./template-headings";
import type { ParsedSection, Problem } from "./types";

// Patterns here see lines from splitLines (single spaces) and never put two unbounded quantifiers side by side.
function isImagePlaceholder(line: string): boolean {
  if (!/_image$/i.test(line)) return false;
  const stem = line.slice(0, -"_image".length);
  return /^[a-z0-9_]+$/i.test(stem) && !stem.startsWith("_") && !stem.endsWith("_") && !stem.includes("__");
}

function lastUpdatedText(line: string): string | null {
  const prefix = /^last updated/i.exec(line);
  if (!prefix) return null;
  const rest = line.slice(prefix[0].length).trimStart();
  return (rest.startsWith(":") ? rest.slice(1) : rest).trim();
}

export interface ParsedBody {
  countryName: string | null;
  lastUpdated: string | null;
  sections: ParsedSection[];
  problems: Problem[];
}

/**
 * Reads the header (flag, country, "Last updated") and the template sections of lines before `end`.
 * A `retired` heading (one the template no longer has) stays in the text as a paragraph and is reported, and so
 * does a line on its own that looks like a heading the template does not have.
 */
export function parseBody(lines: string[], end: number, headings: HeadingEntry[], retired: HeadingEntry[] = []): ParsedBody {
  const body: ParsedBody = { countryName: null, lastUpdated: null, sections: [], problems: [] };
  let section: ParsedSection | null = null;
  let paragraph: { parts: string[]; line: number } | null = null;
  const flush = () => {
    if (paragraph && section) section.paragraphs.push(parseParagraph(paragraph.parts.join(" "), paragraph.line));
    paragraph = null;
  };
  for (let i = 0; i < end; ) {
    const line = (lines[i] ?? "").trim();
    const lineNumber = i + 1;
    if (line === "" || isImagePlaceholder(line)) {
      flush();
      i++;
      continue;
    }
    const heading = matchHeading(lines, i, headings);
    if (heading && heading.next <= end) {
      flush();
      section = { title: heading.heading.title, path: heading.heading.path, paragraphs: [], line: lineNumber };
      body.sections.push(section);
      i = heading.next;
      continue;
    }
    const old = retired.length ? matchHeading(lines, i, retired) : null;
    if (old && old.next <= end) {
      flush();
      body.problems.push({ kind: "unmatched-heading", notes: [], line: lineNumber, message: `The heading “${old.heading.title}” is not in the template (renamed or removed?); its text was kept ${section ? `at the end of “${section.title}”` : "nowhere: there is no section before it"}.` });
      if (section) section.paragraphs.push(parseParagraph(old.heading.title, lineNumber));
      i = old.next;
      continue;
    }
    i++;
    // A line standing alone that reads like a heading but is none of the template's: reported, as the Word import
    // reports a heading-styled paragraph it cannot place; its text stays in the section above.
    if (section && paragraph === null && (i >= end || (lines[i] ?? "").trim() === "") && looksLikeHeading(line)) {
      body.problems.push({ kind: "unmatched-heading", notes: [], line: lineNumber, message: `“${line.slice(0, 80)}” looks like a heading, but the template has no such section; its text was kept at the end of “${section.title}”.` });
    }
    if (section) {
      paragraph ??= { parts: [], line: lineNumber };
      paragraph.parts.push(line);
      continue;
    }
    const updated = lastUpdatedText(line);
    if (updated !== null) {
      const date = parseDateText(updated);
      if (date.looksLikeDate && date.iso && date.precision === "day") body.lastUpdated = date.iso;
      else body.problems.push({ kind: "invalid-date", notes: [], line: lineNumber, message: `“Last updated” date “${updated.slice(0, 80)}” is not a valid day.` });
    } else if (/^flag$/i.test(line)) {
      continue;
    } else if (body.countryName === null) {
      body.countryName = line;
    } else {
      body.problems.push({ kind: "unexpected-text", notes: [], line: lineNumber, message: `Text before the first section heading: “${line.slice(0, 80)}”.` });
    }
  }
  flush();
  return body;
}
