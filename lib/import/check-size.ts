import { ImportError } from "./import-error";

export const MAX_LINE_CHARS = 20_000;
export const MAX_FILE_CHARS = 2_000_000;

/** Refuses a line or a file longer than any profile, naming the line where the limit is passed. @throws ImportError */
export function checkSize(lines: string[]): void {
  let total = 0;
  for (let i = 0; i < lines.length; i++) {
    const length = lines[i]!.length;
    if (length > MAX_LINE_CHARS) {
      throw new ImportError(`the line has ${length.toLocaleString("en")} characters; at most ${MAX_LINE_CHARS.toLocaleString("en")} are allowed (a paragraph of a profile is far shorter).`, i + 1);
    }
    total += length + 1;
    if (total > MAX_FILE_CHARS) {
      throw new ImportError(`the file passes ${MAX_FILE_CHARS.toLocaleString("en")} characters here; a profile in plain text is far shorter.`, i + 1);
    }
  }
}
