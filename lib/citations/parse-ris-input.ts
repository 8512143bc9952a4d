import { plugins } from "@citation-js/core";
import "@citation-js/plugin-ris";
import type { CslItem } from "./csl-item";
import { SourceInputError } from "./source-input-error";
import { toCslItems } from "./to-csl-items";

const tagLine = /^[A-Z][A-Z0-9] {2}-(?: |$)/;
const looksLikeTag = /^[A-Z][A-Z0-9]\s*-/;

/**
 * Parses RIS records into CSL-JSON items with citation-js.
 * @throws {SourceInputError} naming the line of a malformed tag or of a record with nothing readable.
 */
export function parseRisInput(text: string): CslItem[] {
  const lines = text.split(/\r\n|\r|\n/);
  const records: number[] = [];
  let first = true;
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    if (first && !line.startsWith("TY  -")) throw new SourceInputError(`RIS line ${i + 1}: a record must start with “TY  - ”.`, { format: "ris", line: i + 1 });
    first = false;
    if (looksLikeTag.test(line) && !tagLine.test(line)) {
      throw new SourceInputError(`RIS line ${i + 1}: a tag is two characters, two spaces, a hyphen and a space (“TI  - Title”).`, { format: "ris", line: i + 1 });
    }
    if (line.startsWith("TY  -")) records.push(i + 1);
  });
  let raw: unknown;
  try {
    raw = plugins.input.chain(text, { forceType: "@ris/file", target: "@csl/list+object", generateGraph: false });
  } catch (cause) {
    throw new SourceInputError(`RIS: ${cause instanceof Error ? cause.message : String(cause)}.`, { format: "ris", cause });
  }
  return toCslItems(raw, "ris", (i) => records[i] ?? null);
}
