/** Reads a note's header line (`12.^ text` or `12. text`) into its number and the text after it. */
export type NoteHeader = (line: string) => { number: number; rest: string } | null;

const header =
  (prefix: RegExp): NoteHeader =>
  (line) => {
    const m = prefix.exec(line);
    return m ? { number: Number(m[1]), rest: line.slice(m[0].length).trim() } : null;
  };

const caretHeader = header(/^(\d{1,4})\. ?\^/);
const plainHeader = header(/^(\d{1,4})\.(?= |$)/);

/** Finds where the numbered notes begin (`1.^` as web pages export them, else a `1.` line after `after`); -1 when there are none. */
export function findNotesStart(lines: string[], after: number): { start: number; header: NoteHeader } {
  const caret = lines.findIndex((line) => caretHeader(line.trim()) !== null);
  if (caret >= 0) return { start: caret, header: caretHeader };
  const plain = lines.findIndex((line, i) => i > after && plainHeader(line.trim())?.number === 1);
  return { start: plain, header: plainHeader };
}
