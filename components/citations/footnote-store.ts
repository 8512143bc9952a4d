import type { NumberedFootnote } from "@/lib/citations/number-reading-order";
import type { FormattedNote } from "@/lib/citations/types";

/** A numbered footnote (numberReadingOrder) with its OSCOLA text. */
export type FormattedFootnote = FormattedNote & NumberedFootnote;

/** Live footnote numbers for one page; node views and panels subscribe to it. */
export class FootnoteStore {
  private byCitation = new Map<string, FormattedFootnote>();
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

  set(list: FormattedFootnote[], foreign: { citationId: string; sectionId: string }[] = []) {
    this.list = list;
    this.foreignList = foreign;
    // A citation id used twice keeps its first number for the marker; the list shows both.
    this.byCitation = new Map();
    for (const f of list) if (!this.byCitation.has(f.citationId)) this.byCitation.set(f.citationId, f);
    for (const l of this.listeners) l();
  }
}
