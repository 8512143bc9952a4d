import { plugins } from "@citation-js/core";
import type { CslItem } from "./csl-item";
import { SourceInputError } from "./source-input-error";
import { toCslItems } from "./to-csl-items";

function jsonErrorPosition(text: string, message: string): { line: number | null; column: number | null } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const match = /position (\d+)/.exec(message);
  const offset = /end of JSON input/.test(message) ? text.length : match ? Number(match[1]) : null;
  if (offset === null) return { line: null, column: null };
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/**
 * Parses a CSL-JSON item or array of items, checked against the CSL item schema.
 * @throws {SourceInputError} naming the JSON line and column, or the item and field that is wrong.
 */
export function parseCslJsonInput(text: string): CslItem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const { line, column } = jsonErrorPosition(text, message);
    throw new SourceInputError(`CSL-JSON${line ? ` line ${line}, column ${column}` : ""}: ${message.replace(/ in JSON.*$|, (?:\.\.\.)?".*" is not valid JSON$/s, "")}.`, { format: "csl-json", line, column, cause });
  }
  const list = Array.isArray(data) ? data : [data];
  toCslItems(list, "csl-json");
  return toCslItems(plugins.input.chain(list, { forceType: "@csl/list+object", target: "@csl/list+object", generateGraph: false }), "csl-json");
}
