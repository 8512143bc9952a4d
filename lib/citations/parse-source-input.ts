import type { CslItem } from "./csl-item";
import { isSafeUrl } from "./is-safe-url";
import { normalizeDoi } from "./normalize-doi";
import { parseBibtexInput } from "./parse-bibtex-input";
import { parseCslJsonInput } from "./parse-csl-json-input";
import { parseRisInput } from "./parse-ris-input";
import { SourceInputError, type SourceInputFormat } from "./source-input-error";

export interface ParsedSourceInput {
  format: SourceInputFormat;
  items: CslItem[];
}

/**
 * Reads pasted BibTeX, RIS, CSL-JSON, a DOI or a URL into CSL-JSON items, offline.
 * A DOI becomes a minimal `{ DOI, URL: https://doi.org/…, type: "document" }` item; its metadata is not fetched.
 * @throws {SourceInputError} naming what was wrong and, for BibTeX, RIS and JSON, the line.
 */
export function parseSourceInput(input: string): ParsedSourceInput {
  const text = input.replace(/^\uFEFF/, "").trim();
  if (text === "") throw new SourceInputError("Nothing to read: paste BibTeX, RIS, CSL-JSON, a DOI or a URL.");
  const singleLine = !/[\r\n]/.test(text);
  const doi = singleLine ? normalizeDoi(text) : null;
  if (doi) return { format: "doi", items: [{ id: doi, type: "document", DOI: doi, URL: `https://doi.org/${doi}` }] };
  if (text.startsWith("{") || text.startsWith("[")) return { format: "csl-json", items: parseCslJsonInput(text) };
  if (text.startsWith("@")) return { format: "bibtex", items: parseBibtexInput(text) };
  if (/^TY {2}-/.test(text) || /^[A-Z][A-Z0-9]\s*-/.test(text)) return { format: "ris", items: parseRisInput(text) };
  if (singleLine && isSafeUrl(text)) return { format: "url", items: [{ id: "url-1", type: "webpage", URL: text }] };
  throw new SourceInputError("Could not recognise this as BibTeX (starts with @), RIS (starts with “TY  - ”), CSL-JSON, a DOI or an http(s) URL.", {
    line: 1,
  });
}
