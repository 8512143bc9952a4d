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

/** A name as one string: `literal`, or `family, given`, so a body read back as a family name compares equal. */
export const nameText = (n: { family?: string; given?: string; literal?: string }) => n.literal ?? (n.given ? `${n.family ?? ""}, ${n.given}` : (n.family ?? ""));

/** Parses BibTeX, RIS or CSL-JSON text with citation-js, as a reader of Folio's exports would. */
export function readBibliography(text: string): ReadRecord[] {
  const data = new Cite(text).data;
  return data.map((d) => ({
    id: String(d.id),
    type: String(d.type),
    title: d.title as string | undefined,
    url: d.URL as string | undefined,
    accessed: iso(d.accessed),
    issued: iso(d.issued),
    authors: ((d.author as { family?: string; given?: string; literal?: string }[] | undefined) ?? []).map(nameText),
    publisher: d.publisher as string | undefined,
    doi: d.DOI as string | undefined,
  }));
}
