import { formatFootnotes } from "@/lib/citations/format-footnotes";
import type { ManifestSource, PublishedVersion } from "@/lib/versions/manifest";
import { toNoteItem } from "@/lib/versions/registry-sources";

/** A manifest source with plain defaults; override what the test is about. */
export function manifestSource(overrides: Partial<ManifestSource> & { key: string }): ManifestSource {
  const title = overrides.title ?? `Source ${overrides.key}`;
  return {
    title,
    titleTranslation: null,
    url: null,
    doi: null,
    accessed: null,
    pinpoint: null,
    archiveUrl: null,
    type: "webpage",
    publisher: null,
    date: null,
    authors: [],
    container: null,
    number: null,
    csl: { type: overrides.type ?? "webpage", title },
    ...overrides,
  };
}

type Json = Record<string, unknown>;

/**
 * A published version (no database) with one section: `content` (ProseMirror JSON whose citation nodes use
 * ids `c1`, `c2`, …) and one footnote per entry of `notes`, formatted as publishing would.
 */
export function versionOf({ notes, content, sectionTitle = "Overview", country = "Japan" }: { notes: ManifestSource[][]; content?: Json; sectionTitle?: string; country?: string }): PublishedVersion {
  const formatted = formatFootnotes(notes.map((sources) => ({ items: sources.map(toNoteItem) })));
  const doc = content ?? { type: "doc", content: notes.map((_, i) => ({ type: "paragraph", attrs: { id: `p${i + 1}` }, content: [{ type: "text", text: `Claim ${i + 1}.` }, { type: "citation", attrs: { citationId: `c${i + 1}` } }] })) };
  return {
    id: "version-1",
    profileId: "profile-1",
    iso: "jp",
    country,
    number: 1,
    changelog: "First.",
    contentHash: "hash",
    publishedAt: new Date("2026-01-02T03:04:05Z"),
    publishedBy: null,
    manifest: {
      format: 1,
      iso: "jp",
      country,
      sections: [{ id: "section-1", anchor: "s-section1", title: sectionTitle, depth: 0, revision: { id: "revision-1", number: 1 }, since: 1, content: doc, paragraphs: [] }],
      omitted: [],
      footnotes: notes.map((sources, i) => ({ number: i + 1, anchor: `n-${i + 1}`, citationId: `c${i + 1}`, sectionId: "section-1", text: formatted[i]!.text, segments: formatted[i]!.segments, sources })),
    },
  };
}
