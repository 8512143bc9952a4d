import type { NumberedFootnote } from "@/lib/citations/number-reading-order";
import type { FormattedNote } from "@/lib/citations/types";

/** A numbered footnote (numberReadingOrder) with its OSCOLA text. */
export type FormattedFootnote = FormattedNote & NumberedFootnote;

/** What the numbers and texts rest on, for saying so next to them. */
export interface FootnoteStatus {
  /** Why some notes' sources could not be read (their text is missing); null when nothing failed. */
  error: string | null;
  /** Some notes' sources are still on their way. */
  loading: boolean;
  /** Other sections' citation orders are not live (offline): "last-known" ones, or "none" at all. */
  orders: "live" | "last-known" | "none";
}

const initialStatus: FootnoteStatus = { error: null, loading: true, orders: "none" };

/** Live footnote numbers for one page; node views and panels subscribe to it. */
export class FootnoteStore {
  private byCitation = new Map<string, FormattedFootnote>();
  private state: FootnoteStatus = initialStatus;
  private list: FormattedFootnote[] = [];
  private foreignList: { citationId: string; sectionId: string }[] = [];
  private listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  all = () => this.list;

  get = (citationId: string) => this.byCitation.get(citationId);

  /** Citation markers of another profile: not numbered, reported by the citation check. */
  foreign = () => this.foreignList;

  status = () => this.state;

  /**
   * Publishes a new numbering. Footnotes equal to the ones published before (number, place and text) keep their
   * objects, so a marker whose note did not change is not rendered again; when nothing changed at all (the usual
   * case after an edit that moved no marker) listeners are not called, unless `force` (sources were read again:
   * the citation check reads their items, not only the text).
   */
  set(list: FormattedFootnote[], foreign: { citationId: string; sectionId: string }[] = [], status?: FootnoteStatus, force = false): boolean {
    let changed = force || list.length !== this.list.length || !sameForeign(foreign, this.foreignList);
    const shared = list.map((f, i) => {
      const before = this.list[i];
      if (before && sameFootnote(before, f)) return before;
      changed = true;
      return f;
    });
    if (status && (status.error !== this.state.error || status.loading !== this.state.loading || status.orders !== this.state.orders)) {
      this.state = status;
      changed = true;
    }
    if (!changed) return false;
    this.list = shared;
    this.foreignList = foreign;
    // A citation id used twice keeps its first number for the marker; the list shows both.
    this.byCitation = new Map();
    for (const f of shared) if (!this.byCitation.has(f.citationId)) this.byCitation.set(f.citationId, f);
    for (const l of this.listeners) l();
    return true;
  }
}

function sameFootnote(a: FormattedFootnote, b: FormattedFootnote): boolean {
  if (a.number !== b.number || a.citationId !== b.citationId || a.sectionId !== b.sectionId || a.text !== b.text || a.segments.length !== b.segments.length) return false;
  return a.segments.every((s, i) => {
    const t = b.segments[i]!;
    return s.kind === t.kind && s.text === t.text && s.href === t.href && s.note === t.note;
  });
}

function sameForeign(a: { citationId: string; sectionId: string }[], b: { citationId: string; sectionId: string }[]): boolean {
  return a.length === b.length && a.every((f, i) => f.citationId === b[i]!.citationId && f.sectionId === b[i]!.sectionId);
}
