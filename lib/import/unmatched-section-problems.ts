import { headingKey } from "./heading-key";
import type { ParsedProfile, ParsedSection, Problem } from "./types";

/** The profile section a parsed section lands in: its own heading, else the last of its path, among `titles`. */
export function matchSectionTitle<T extends { title: string }>(ps: ParsedSection, sections: T[]): T | undefined {
  const byKey = new Map(sections.map((s) => [headingKey(s.title), s]));
  return byKey.get(headingKey(ps.path[ps.path.length - 1] ?? ps.title)) ?? byKey.get(headingKey(ps.title));
}

/**
 * One `unmatched-heading` problem per parsed section that no section of the template takes (its paragraphs are not
 * imported): the web import, the import into a profile and the command-line dry run report the same.
 */
export function unmatchedSectionProblems(parsed: Pick<ParsedProfile, "sections">, titles: string[]): Problem[] {
  const sections = titles.map((title) => ({ title }));
  return parsed.sections
    .filter((ps) => !matchSectionTitle(ps, sections))
    .map((ps) => ({ kind: "unmatched-heading", notes: [], line: ps.line, message: `The heading “${ps.title}” is not in the template; its ${ps.paragraphs.length} paragraphs were not imported.` }));
}
