import type { FormattedNote } from "@/lib/citations/types";

export interface NumberedFootnote extends FormattedNote {
  citationId: string;
  sectionId: string;
}

/** Live footnote numbers for one page; node views and panels subscribe to it. */
export class FootnoteStore {
  private byCitation = new Map<string, NumberedFootnote>();
  private list: NumberedFootnote[] = [];
  private listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  all = () => this.list;

  get = (citationId: string) => this.byCitation.get(citationId);

  set(list: NumberedFootnote[]) {
    this.list = list;
    // A citation id used twice keeps its first number for the marker; the list shows both.
    this.byCitation = new Map();
    for (const f of list) if (!this.byCitation.has(f.citationId)) this.byCitation.set(f.citationId, f);
    for (const l of this.listeners) l();
  }
}
