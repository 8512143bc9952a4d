import type { ParsedProfile, ProblemKind } from "./types";

export interface ImportJson {
  notes: { number: number; citations: { sourceKey: string; title: string; url: string | null; accessed: string | null }[] }[];
  problems: { kind: ProblemKind; notes: number[]; line: number; message: string }[];
}

/** Reduces a parsed profile to the JSON the import CLI prints: notes with their resolved citations, and problems. */
export function toJson(profile: ParsedProfile): ImportJson {
  return {
    notes: profile.notes.map((note) => ({
      number: note.number,
      citations: note.citations.map((c) => ({ sourceKey: c.sourceKey, title: c.title, url: c.url, accessed: c.accessed })),
    })),
    problems: profile.problems.map((p) => ({ kind: p.kind, notes: [...p.notes], line: p.line, message: p.message })),
  };
}
