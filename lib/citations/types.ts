export interface Source {
  key: string;
  title: string;
  titleTranslation?: string | null;
  url?: string | null;
  publisher?: string | null;
  /** Publication date as written, or ISO (`2025`, `2025-02`, `2025-02-21`). */
  date?: string | null;
  authors?: string[];
  /** CSL type, e.g. `webpage`, `book`, `legislation`, `article-newspaper`. */
  type?: string;
  /** Newspaper, journal or website a titled piece appears in. */
  container?: string | null;
  /** Document number such as `UN Doc CERD/C/JPN/CO/7-9`. */
  number?: string | null;
}

export interface NoteItem {
  source: Source;
  /** YYYY-MM-DD */
  accessed?: string | null;
  pinpoint?: string | null;
  /** An archive copy to show ("archived at …"): set where the link is dead. */
  archiveUrl?: string | null;
}

export interface Note {
  items: NoteItem[];
}

export type SegmentKind = "text" | "title" | "url" | "ibid" | "crossref";

export interface Segment {
  kind: SegmentKind;
  text: string;
  /** Only on `url` segments whose URL is http(s). */
  href?: string;
  /** Only on `crossref` segments: the note holding the full citation. */
  note?: number;
}

export interface FormattedCitation {
  text: string;
  segments: Segment[];
}

export interface FormattedNote extends FormattedCitation {
  number: number;
}

export interface FormatOptions {
  /** BCP 47 locale for dates; OSCOLA's `21 February 2025` is `en-GB`, the default. */
  locale?: string;
}
