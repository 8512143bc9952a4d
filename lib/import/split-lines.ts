// Line and paragraph separators (U+2028/2029, NEL, VT, FF), tabs and Unicode spaces become one plain space, so
// the parser's patterns only ever see single spaces and no line terminators (and line numbers match `\n`).
const oddSpace = /[\t\u000B\u000C\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;

/** Splits imported text into lines without a BOM, CR or zero-width characters, each with its whitespace normalised. */
export function splitLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/[\u200B\u2060\uFEFF]/g, "")
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(oddSpace, " ").replace(/ {2,}/g, " "));
}
