import type { PublishedVersion } from "@/lib/versions/manifest";
import { bibliographyEntries } from "./bibliography-entries";
import { toBibtex } from "./to-bibtex";
import { toCslJson } from "./to-csl-json";
import { toRis } from "./to-ris";

export type BibliographyFormat = "csl-json" | "bibtex" | "ris";

/** A version's bibliography (every source with each access date) as CSL-JSON, biblatex or RIS text. */
export function exportBibliography(v: Pick<PublishedVersion, "manifest">, format: BibliographyFormat): string {
  const entries = bibliographyEntries(v.manifest);
  if (format === "csl-json") return `${JSON.stringify(toCslJson(entries), null, 2)}\n`;
  return format === "bibtex" ? toBibtex(entries) : toRis(entries);
}
