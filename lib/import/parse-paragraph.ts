import type { ParsedParagraph } from "./types";

const marker = /\[(\d{1,4})\]/g;

/** Removes `[n]` footnote markers from a paragraph, remembering where each stood. */
export function parseParagraph(text: string, line: number): ParsedParagraph {
  const source = text.replace(/^\s+/, "");
  const markers: ParsedParagraph["markers"] = [];
  let out = "";
  let last = 0;
  for (const match of source.matchAll(marker)) {
    out += source.slice(last, match.index);
    markers.push({ note: Number(match[1]), offset: out.length });
    last = match.index + match[0].length;
  }
  out = (out + source.slice(last)).trimEnd();
  for (const m of markers) m.offset = Math.min(m.offset, out.length);
  return { text: out, markers, line };
}
