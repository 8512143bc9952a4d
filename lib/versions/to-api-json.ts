import { exportUrl } from "@/lib/citations/is-safe-url";
import type { PublishedVersion } from "./manifest";
import { publishDate } from "./publish-date";

/** The public JSON API's shape of a version (`/api/v1/profiles/{iso}` and `…/versions/{n}`). */
export function toApiJson(v: PublishedVersion) {
  return {
    iso: v.iso,
    country: v.country,
    version: v.number,
    lastUpdated: publishDate(v.publishedAt),
    contentHash: v.contentHash,
    sections: v.manifest.sections.map((s) => ({ id: s.anchor, title: s.title, paragraphs: s.paragraphs.map((p) => ({ id: p.anchor, text: p.text })) })),
    footnotes: v.manifest.footnotes.map((f) => ({
      number: f.number,
      text: f.text,
      sources: f.sources.map((s) => ({ title: s.title, url: exportUrl(s.url), doi: s.doi, accessed: s.accessed, pinpoint: s.pinpoint })),
    })),
  };
}
