import type { BibliographyEntry, EntryDate } from "./bibliography-entries";

const cslDate = (d: EntryDate) => ("parts" in d ? { "date-parts": [d.parts] } : { literal: d.literal });

/** Bibliography entries as CSL-JSON items: only the fields Folio knows, each clean; nothing else of the stored CSL passes through. */
export function toCslJson(entries: BibliographyEntry[]): Record<string, unknown>[] {
  return entries.map((e) => {
    const [y, m, d] = (e.accessed ?? "").split("-").map(Number);
    return {
      id: e.id,
      type: e.type,
      title: e.title,
      ...(e.authors.length ? { author: e.authors } : {}),
      ...(e.issued ? { issued: cslDate(e.issued) } : {}),
      ...(y && m && d ? { accessed: { "date-parts": [[y, m, d]] } } : {}),
      ...(e.url ? { URL: e.url } : {}),
      ...(e.doi ? { DOI: e.doi } : {}),
      ...(e.publisher ? { publisher: e.publisher } : {}),
      ...(e.container ? { "container-title": e.container } : {}),
      ...(e.number ? { number: e.number } : {}),
      ...(e.language ? { language: e.language } : {}),
    };
  });
}
