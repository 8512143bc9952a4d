import { plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import type { CslItem } from "./csl-item";
import { SourceInputError } from "./source-input-error";
import { toCslItems } from "./to-csl-items";

/**
 * Parses BibTeX or BibLaTeX entries into CSL-JSON items with citation-js.
 * @throws {SourceInputError} naming the line and column citation-js reports.
 */
export function parseBibtexInput(text: string): CslItem[] {
  let raw: unknown;
  try {
    raw = plugins.input.chain(text, { forceType: "@biblatex/text", target: "@csl/list+object", generateGraph: false });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const at = /\bat line (\d+) col (\d+)/.exec(message);
    const reason = message.split(/\s+at line \d+ col \d+/)[0]?.trim() || "it could not be read";
    const line = at ? Number(at[1]) : null;
    const column = at ? Number(at[2]) : null;
    throw new SourceInputError(`BibTeX${line ? ` line ${line}, column ${column}` : ""}: ${reason}.`, { format: "bibtex", line, column, cause });
  }
  const starts = [...text.matchAll(/^[ \t]*@\w+\s*[{(]/gm)].map((m) => text.slice(0, m.index).split("\n").length);
  return toCslItems(raw, "bibtex", (i) => starts[i] ?? null);
}
