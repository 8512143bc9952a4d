import { appendCitation, type CitationForm } from "./append-citation";
import { SegmentBuilder } from "./segment-builder";
import type { FormatOptions, FormattedNote, Note } from "./types";

/** Numbers footnotes 1..n and renders each in OSCOLA, computing `ibid` and `(n X)` from source keys. */
export function formatFootnotes(notes: Note[], options: FormatOptions = {}): FormattedNote[] {
  const locale = options.locale ?? "en-GB";
  const firstNote = new Map<string, number>();
  let previousSoleKey: string | null = null;
  const result: FormattedNote[] = [];
  for (let i = 0; i < notes.length; i++) {
    const number = i + 1;
    const items = notes[i]?.items ?? [];
    const out = new SegmentBuilder();
    items.forEach((item, index) => {
      const key = item.source.key;
      const first = firstNote.get(key);
      let form: CitationForm = { kind: "full" };
      // ibid only opens a note: later in a multi-source note it would read as pointing to the item before it.
      if (index === 0 && key === previousSoleKey) form = { kind: "ibid" };
      // OSCOLA lets legislation be cited in full each time; a short form would need an abbreviation we do not have.
      else if (first !== undefined && item.source.type !== "legislation") form = { kind: "crossref", note: first };
      if (first === undefined) firstNote.set(key, number);
      if (index > 0) out.push("text", "; ");
      appendCitation(out, item, form, locale);
    });
    if (!out.isEmpty() && !out.endsWith(".")) out.push("text", ".");
    previousSoleKey = items.length === 1 && items[0] ? items[0].source.key : null;
    result.push({ number, ...out.build() });
  }
  return result;
}
