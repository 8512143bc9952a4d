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

  set(list: FormattedFootnote[], foreign: { citationId: string; sectionId: string }[] = [], status?: FootnoteStatus) {
    this.list = list;
    if (status && (status.error !== this.state.error || status.loading !== this.state.loading || status.orders !== this.state.orders)) this.state = status;
    this.foreignList = foreign;
    // A citation id used twice keeps its first number for the marker; the list shows both.
    this.byCitation = new Map();
    for (const f of list) if (!this.byCitation.has(f.citationId)) this.byCitation.set(f.citationId, f);
    for (const l of this.listeners) l();
  }
}
