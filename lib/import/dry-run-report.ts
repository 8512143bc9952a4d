import { defaultTemplate } from "@/lib/profiles/default-template";
import { parseDocx } from "./docx/parse-docx";
import type { ProfileFile } from "./parse-profile-in-worker";
import { parseProfile } from "./parse-profile";
import { sortProblems } from "./sort-problems";
import { templateHeadings } from "./template-headings";
import type { ParsedProfile, Problem, TemplateHeading } from "./types";
import { unmatchedSectionProblems } from "./unmatched-section-problems";

export interface DryRunReport {
  parsed: ParsedProfile;
  /** The problems the web import would report and keep, in the same order. */
  problems: Problem[];
  /** What a problem's `line` counts: lines of a plain-text file, paragraphs of a Word document. */
  position: "line" | "paragraph";
  /** Sections of the file the template takes. */
  sections: number;
}

/**
 * What importing the file would report, without writing anything: parsed against `template` (the stored one; the
 * built-in template when none is given), with the same problems as the web import. @throws ImportError, WordFileError
 */
export function dryRunReport(file: ProfileFile, template: TemplateHeading[] | undefined, now?: string | Date): DryRunReport {
  const parsed = file.kind === "docx" ? parseDocx(file.bytes, { template, now }) : parseProfile(file.text, { template, now });
  const titles = templateHeadings(template ?? defaultTemplate).map((h) => h.title);
  const unmatched = unmatchedSectionProblems(parsed, titles);
  return {
    parsed,
    problems: sortProblems([...parsed.problems, ...unmatched]),
    position: file.kind === "docx" ? "paragraph" : "line",
    sections: parsed.sections.length - unmatched.length,
  };
}
