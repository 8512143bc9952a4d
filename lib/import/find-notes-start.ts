const caretHeader = /^(\d{1,4})\.\s*\^\s*(.*)$/;
const plainHeader = /^(\d{1,4})\.(?:\s+(.*))?$/;

/** Finds where the numbered notes begin (`1.^` as web pages export them, else a `1.` line after `after`); -1 when there are none. */
export function findNotesStart(lines: string[], after: number): { start: number; header: RegExp } {
  const caret = lines.findIndex((line) => caretHeader.test(line.trim()));
  if (caret >= 0) return { start: caret, header: caretHeader };
  const plain = lines.findIndex((line, i) => i > after && /^1\.(\s|$)/.test(line.trim()));
  return { start: plain, header: plainHeader };
}
