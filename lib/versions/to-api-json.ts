import { exportUrl } from "@/lib/citations/is-safe-url";
import type { PublishedVersion } from "./manifest";
import { paragraphNotes } from "./paragraph-notes";
import { publishDate } from "./publish-date";

/** The public JSON API's shape of a version (`/api/v1/profiles/{iso}` and `…/versions/{n}`). */
export function toApiJson(v: PublishedVersion) {
  const anchors = new Map(v.manifest.sections.map((s) => [s.id, s.anchor]));
  return {
    iso: v.iso,
    country: v.country,
    version: v.number,
    lastUpdated: publishDate(v.publishedAt),
    contentHash: v.contentHash,
    sections: v.manifest.sections.map((s) => {
      const notes = paragraphNotes(s, v.manifest.footnotes);
      return { id: s.anchor, title: s.title, paragraphs: s.paragraphs.map((p) => ({ id: p.anchor, text: p.text, notes: notes.get(p.anchor) ?? [] })) };
    }),
    footnotes: v.manifest.footnotes.map((f) => ({
      number: f.number,
      citationId: f.citationId,
      sectionId: anchors.get(f.sectionId) ?? null,
      text: f.text,
      sources: f.sources.map((s) => ({ title: s.title, url: exportUrl(s.url), doi: s.doi, accessed: s.accessed, pinpoint: s.pinpoint })),
    })),
  };
}
