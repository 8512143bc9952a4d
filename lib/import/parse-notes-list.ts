import type { NoteHeader } from "./find-notes-start";
import type { RawNote } from "./resolve-notes";

/** Reads the numbered notes list from `start`, each note running until the next number. */
export function parseNotesList(lines: string[], start: number, header: NoteHeader): RawNote[] {
  const notes: RawNote[] = [];
  let current: { note: RawNote; parts: string[] } | null = null;
  const close = () => {
    if (current) notes.push({ ...current.note, raw: current.parts.join(" ") });
  };
  for (let i = start; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const match = header(line);
    if (match) {
      close();
      const { rest } = match;
      current = { note: { number: match.number, line: i + 1, textLine: i + 1, raw: "" }, parts: rest ? [rest] : [] };
      continue;
    }
    if (line === "" || !current) continue;
    if (current.parts.length === 0) current.note.textLine = i + 1;
    current.parts.push(line);
  }
  close();
  return notes;
}
