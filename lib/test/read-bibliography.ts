import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";

/** What citation-js reads from an export, reduced to the fields Folio writes. */
export interface ReadRecord {
  id: string;
  type: string;
  title: string | undefined;
  url: string | undefined;
  accessed: string | undefined;
  issued: string | undefined;
  authors: string[];
  publisher: string | undefined;
  doi: string | undefined;
}

const iso = (d: unknown) => {
  const parts = (d as { "date-parts"?: number[][] } | undefined)?.["date-parts"]?.[0];
  return parts ? parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, "0"))).join("-") : undefined;
};

/**
 * A name as one string: `literal`, or `family, given, suffix` (RIS's `Last, First, Suffix`), so a body read
 * back as a family name, or a name with commas read back in parts, compares equal.
 */
export const nameText = (n: { family?: string; given?: string; suffix?: string; literal?: string }) => n.literal ?? [n.family ?? "", n.given, n.suffix].filter((p) => p !== undefined).join(", ");

const inputTypes = { bibtex: "@biblatex/text", ris: "@ris/file", "csl-json": "@csl/list+object" } as const;

/**
 * Parses BibTeX, RIS or CSL-JSON text with citation-js, as a reader of Folio's exports would: told the
 * format, as when opening a `.bib` or `.ris` file (citation-js would otherwise guess BibTeX for an RIS
 * file whose text mentions `@misc{`).
 */
export function readBibliography(text: string, format: keyof typeof inputTypes): ReadRecord[] {
  const data = new Cite(format === "csl-json" ? JSON.parse(text) : text, { forceType: inputTypes[format] }).data;
  return data.map((d) => ({
    id: String(d.id),
    type: String(d.type),
    title: d.title as string | undefined,
    url: d.URL as string | undefined,
    accessed: iso(d.accessed),
    issued: iso(d.issued),
    authors: ((d.author as Parameters<typeof nameText>[0][] | undefined) ?? []).map(nameText),
    publisher: d.publisher as string | undefined,
    doi: d.DOI as string | undefined,
  }));
}
