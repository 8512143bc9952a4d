/** Every character Folio refuses at its boundaries: NUL and the other C0 controls but tab, LF and CR, U+FFFE/U+FFFF, lone surrogates. */
export const refusedCharacters: string[] = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => !"\t\n\r".includes(c)),
  "\uFFFE",
  "\uFFFF",
  "\uD800",
  "\uDBFF",
  "\uDC00",
  "\uDFFF",
];

/** Hostile strings: each refused character at the start, in the middle and at the end of text, plus a few real-world shapes. */
export const controlCharacterCorpus: string[] = [
  ...refusedCharacters.flatMap((c) => [`${c}Title`, `Ti${c}tle`, `Title${c}`]),
  "\u001b[31mred\u001b[0m",
  "\u0000\u0000\u0000",
  "emoji cut \uD83D",
  "\uDE00 reversed \uD83D",
  "form\ffeed",
  "vertical\u000btab",
  "bell\u0007",
  "back\bspace",
];
