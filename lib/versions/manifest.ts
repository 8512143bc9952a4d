import type { Segment } from "@/lib/citations/types";

/** One source as it stood when the version was published (copied, never looked up again). */
export interface ManifestSource {
  /** Registry id at publish time (sources may be merged later; this keeps the note's identity). */
  key: string;
  title: string;
  titleTranslation: string | null;
  url: string | null;
  doi: string | null;
  accessed: string | null;
  pinpoint: string | null;
  archiveUrl: string | null;
  type: string;
  publisher: string | null;
  date: string | null;
  authors: string[];
  container: string | null;
  number: string | null;
  /** The source's CSL-JSON as it stood, for bibliography exports. */
  csl: Record<string, unknown>;
}

export interface ManifestFootnote {
  number: number;
  /** Stable anchor of the note (`fn-…`), kept across versions for the same citation. */
  anchor: string;
  citationId: string;
  sectionId: string;
  text: string;
  segments: Segment[];
  sources: ManifestSource[];
}

export interface ManifestParagraph {
  /** Stable anchor (`p-…`), kept across versions where the text survives. */
  anchor: string;
  text: string;
}

export interface ManifestSection {
  id: string;
  /** Stable anchor (`s-…`), derived from the section id. */
  anchor: string;
  title: string;
  depth: number;
  /** The approved revision this section's content comes from. */
  revision: { id: string; number: number };
  /** The version in which this revision was first published. */
  since: number;
  /** ProseMirror JSON with an `id` attribute on every block. */
  content: Record<string, unknown>;
  paragraphs: ManifestParagraph[];
}

/** The frozen content of a published version: everything needed to render it, with no lookups. */
export interface VersionManifest {
  format: 1;
  iso: string;
  country: string;
  sections: ManifestSection[];
  /** Template sections left out because they were never approved. */
  omitted: { id: string; title: string }[];
  footnotes: ManifestFootnote[];
}

/** A published version as loaded: the manifest plus who, when and why. */
export interface PublishedVersion {
  id: string;
  profileId: string;
  iso: string;
  country: string;
  number: number;
  changelog: string;
  contentHash: string;
  publishedAt: Date;
  publishedBy: string | null;
  manifest: VersionManifest;
}
