/** A file that cannot be read as a Word document at all (not a .docx, encrypted, damaged, over a limit). */
export class WordFileError extends Error {
  override name = "WordFileError";
}
