const wordChar = /[\p{L}\p{N}]/u;

/** Splits a note into its citations at `;` outside quotation marks, brackets and `<…>` URLs. */
export function splitCitations(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let depth = 0;
  let inQuote = false;
  let inUrl = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inUrl) {
      if (c === ">") inUrl = false;
    } else if (c === "<") {
      inUrl = true;
    } else if (c === "‘") {
      inQuote = true;
    } else if (c === "’") {
      // A closing quote is not followed by a letter; otherwise it is an apostrophe (Testland’s).
      if (!wordChar.test(text[i + 1] ?? "")) inQuote = false;
    } else if (!inQuote && c === "(") {
      depth++;
    } else if (!inQuote && c === ")") {
      depth = Math.max(0, depth - 1);
    } else if (!inQuote && depth === 0 && c === ";") {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}
