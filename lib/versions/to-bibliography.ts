import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import type { PublishedVersion } from "./manifest";

/** Every distinct source of a version as CSL-JSON, with the access date it was cited with. */
export function toCslJson(v: PublishedVersion): Record<string, unknown>[] {
  const seen = new Map<string, Record<string, unknown>>();
  for (const f of v.manifest.footnotes) {
    for (const s of f.sources) {
      if (seen.has(s.key)) continue;
      const [y, m, d] = (s.accessed ?? "").split("-").map(Number);
      seen.set(s.key, {
        ...s.csl,
        id: s.key,
        type: s.type || "webpage",
        title: s.title,
        ...(s.url ? { URL: s.url } : {}),
        ...(s.doi ? { DOI: s.doi } : {}),
        ...(y && m && d ? { accessed: { "date-parts": [[y, m, d]] } } : {}),
      });
    }
  }
  return [...seen.values()];
}

/** The bibliography of a version as BibTeX or RIS, via citation-js. */
export function toBibliography(v: PublishedVersion, format: "bibtex" | "ris"): string {
  const cite = new Cite(toCslJson(v));
  return String(cite.format(format === "bibtex" ? "bibtex" : "ris", { format: "text" }));
}
