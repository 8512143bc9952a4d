export type ProblemKind =
  | "missing-note"
  | "unreferenced-note"
  | "duplicate-note"
  | "empty-note"
  | "unparsed-citation"
  | "missing-access-date"
  | "url-title-conflict"
  | "invalid-date"
  | "access-date-in-future"
  | "unsafe-url"
  | "publisher-is-url"
  | "ambiguous-ibid"
  | "unresolved-reference"
  | "unexpected-text"
  | "unmatched-heading"
  | "unsupported-content";

export interface Problem {
  kind: ProblemKind;
  notes: number[];
  /** 1-based line of the offending text in the imported file. */
  line: number;
  message: string;
}

export interface ParsedCitation {
  kind: "full" | "ibid" | "crossref";
  sourceKey: string;
  title: string;
  url: string | null;
  /** YYYY-MM-DD; for `ibid` and `(n X)` the access date of the citation referred to. */
  accessed: string | null;
  publisher: string | null;
  /** ISO (`2025`, `2025-02-21`) when valid, otherwise as written. */
  date: string | null;
  pinpoint: string | null;
  authors: string[];
  container: string | null;
  number: string | null;
  type: string;
  /** For `ibid` and `(n X)`: the note holding the citation this one resolves to. */
  refersTo: number | null;
  /** Registry id named by a bookmark in a Word file exported by Folio: relinked instead of matched. */
  sourceId?: string;
}

export interface ParsedNote {
  number: number;
  /** Line of the `N.^` heading of the note. */
  line: number;
  raw: string;
  citations: ParsedCitation[];
}

export interface NoteMarker {
  note: number;
  /** Offset in the paragraph text, which has its `[n]` markers removed. */
  offset: number;
}

/** Formatting over `[from, to)` of a paragraph's text (Word import; plain text has none). */
export interface InlineMark {
  type: "bold" | "italic" | "underline" | "strike" | "link";
  from: number;
  to: number;
  href?: string;
}

export interface ParsedParagraph {
  text: string;
  markers: NoteMarker[];
  line: number;
  marks?: InlineMark[];
  /** A list item (level 0 = outermost) or a heading inside the section (levels 2–4); else a paragraph. */
  block?: { kind: "list"; ordered: boolean; level: number } | { kind: "heading"; level: number };
  /** Stable paragraph anchor (`p-…`) named by a Word bookmark from Folio's export. */
  anchor?: string;
}

export interface ParsedSection {
  title: string;
  path: string[];
  paragraphs: ParsedParagraph[];
  line: number;
}

export interface ParsedProfile {
  country: { name: string; code: string | null };
  lastUpdated: string | null;
  sections: ParsedSection[];
  notes: ParsedNote[];
  problems: Problem[];
}

export interface TemplateHeading {
  title: string;
  children?: string[];
}
