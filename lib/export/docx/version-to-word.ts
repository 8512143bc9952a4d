import type { PublishedVersion } from "@/lib/versions/manifest";
import { publishDate } from "@/lib/versions/publish-date";
import type { WordExport } from "./word-export";

/** A published version as Word export input: its frozen sections, notes and source ids (no lookups). */
export function versionToWord(v: PublishedVersion, { permanentUrl }: { permanentUrl: string }): WordExport {
  return {
    country: v.country,
    lastUpdated: v.publishedAt,
    description: `Version ${v.number} of the ${v.country} profile, published ${publishDate(v.publishedAt)}: ${permanentUrl}`,
    sections: v.manifest.sections.map((s) => ({ id: s.id, title: s.title, depth: s.depth, content: s.content })),
    footnotes: v.manifest.footnotes.map((f) => ({ number: f.number, citationId: f.citationId, sectionId: f.sectionId, segments: f.segments, sourceIds: f.sources.map((s) => s.key) })),
  };
}
