/** Splits imported text into lines without a BOM, CR or non-breaking and zero-width spaces. */
export function splitLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .replace(/[\u200B\u2060\uFEFF]/g, "")
    .split(/\r\n|\r|\n/);
}
