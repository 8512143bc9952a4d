import { normalizeTitle } from "../citations/normalize-title";
import { normalizeUrl } from "../citations/normalize-url";
import type { ParsedNote, ParsedSection, Problem } from "./types";

function markerProblems(sections: ParsedSection[], notes: ParsedNote[]): Problem[] {
  const numbers = new Set(notes.map((n) => n.number));
  const referenced = new Set<number>();
  const problems: Problem[] = [];
  for (const section of sections) {
    for (const paragraph of section.paragraphs) {
      for (const marker of paragraph.markers) {
        referenced.add(marker.note);
        if (!numbers.has(marker.note)) {
          problems.push({ kind: "missing-note", notes: [marker.note], line: paragraph.line, message: `The text cites [${marker.note}] but there is no note ${marker.note}.` });
        }
      }
    }
  }
  for (const note of notes) {
    if (!referenced.has(note.number)) {
      problems.push({ kind: "unreferenced-note", notes: [note.number], line: note.line, message: `Note ${note.number} is not cited anywhere in the text.` });
    }
  }
  return problems;
}

function conflictProblems(notes: ParsedNote[], textLine: (note: ParsedNote) => number): Problem[] {
  const byUrl = new Map<string, { url: string; titles: Map<string, { title: string; note: ParsedNote }>; notes: Set<number> }>();
  for (const note of notes) {
    for (const citation of note.citations) {
      if (citation.kind !== "full" || !citation.url) continue;
      const key = normalizeUrl(citation.url);
      let entry = byUrl.get(key);
      if (!entry) byUrl.set(key, (entry = { url: citation.url, titles: new Map(), notes: new Set() }));
      entry.notes.add(note.number);
      const title = normalizeTitle(citation.title);
      if (!entry.titles.has(title)) entry.titles.set(title, { title: citation.title, note });
    }
  }
  const problems: Problem[] = [];
  for (const entry of byUrl.values()) {
    if (entry.titles.size < 2) continue;
    const uses = [...entry.titles.values()];
    const second = uses[1];
    if (!second) continue;
    problems.push({
      kind: "url-title-conflict",
      notes: [...entry.notes].sort((a, b) => a - b),
      line: textLine(second.note),
      message: `<${entry.url}> is cited under ${uses.length} titles: ${uses.map((u) => `‘${u.title}’ (note ${u.note.number})`).join(", ")}.`,
    });
  }
  return problems;
}

/** Finds markers without notes, notes without markers, and one URL cited under different titles. */
export function checkReferences(sections: ParsedSection[], notes: ParsedNote[], textLine: (note: ParsedNote) => number): Problem[] {
  return [...markerProblems(sections, notes), ...conflictProblems(notes, textLine)];
}
