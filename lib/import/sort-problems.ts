import type { Problem } from "./types";

/** Problems in file order: by line, then kind, then first note. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.kind.localeCompare(b.kind) || (a.notes[0] ?? 0) - (b.notes[0] ?? 0));
}
