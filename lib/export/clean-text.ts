// Exports must be robust to whatever is already stored: these make text safe for any output format
// before that format's own escaping. Tab and newline survive `cleanText`; `oneLine` folds every line
// break (CR, LF, VT, FF, NEL, U+2028/9), tab and run of spaces into one space for fields that must stay on one line.

const otherControls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/g;
const lineBreaks = /[\t\n\u000b\u000c\r\u0085\u2028\u2029]+/g;

/** Text with lone surrogates replaced by U+FFFD, C0/C1 controls other than tab and newline removed, CR LF and CR made LF. */
export function cleanText(text: string): string {
  return text
    .toWellFormed()
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, "\n")
    .replace(/[\u000b\u000c]/g, "\n")
    .replace(otherControls, "");
}

/** `cleanText` on one line: every run of line breaks, tabs and spaces becomes one space (as BibTeX reads it, and so RIS's `  - ` can't appear inside a value), and the ends are trimmed. */
export function oneLine(text: string): string {
  return text
    .toWellFormed()
    .replace(lineBreaks, " ")
    .replace(otherControls, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}
