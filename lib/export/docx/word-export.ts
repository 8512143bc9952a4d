import type { Segment } from "@/lib/citations/types";

/** A section for Word: its title, depth in the template and ProseMirror JSON (blocks may carry a stable `attrs.id`). */
export interface WordSection {
  id: string;
  title: string;
  depth: number;
  content: Record<string, unknown>;
}

/** One footnote as Folio numbers and formats it, with the registry ids of its sources in citation order. */
export interface WordFootnote {
  number: number;
  citationId: string;
  /** The section whose text holds the marker. */
  sectionId: string;
  segments: Segment[];
  sourceIds: string[];
}

/** Everything a Word export needs, from a published version or from the current draft. */
export interface WordExport {
  country: string;
  /** Shown as “Last updated: …”. */
  lastUpdated: Date;
  /** Document property: what this file is (version N and its address, or a draft). */
  description: string;
  sections: WordSection[];
  footnotes: WordFootnote[];
}
