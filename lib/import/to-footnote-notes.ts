import type { Note } from "../citations/types";
import type { ParsedNote } from "./types";

/** Turns parsed notes into formatter input, so an import can be previewed exactly as Folio will render it. */
export function toFootnoteNotes(notes: ParsedNote[]): Note[] {
  return notes.map((note) => ({
    items: note.citations.map((c, i) => ({
      source: {
        key: c.sourceKey || `unresolved:${note.number}:${i}`,
        title: c.title,
        url: c.url,
        publisher: c.publisher,
        date: c.date,
        authors: c.authors,
        type: c.type,
        container: c.container,
        number: c.number,
      },
      accessed: c.accessed,
      pinpoint: c.pinpoint,
    })),
  }));
}
