import { FootnoteText } from "@/components/citations/footnote-text";
import type { Footnote } from "@/lib/profiles/footnotes";

/** The numbered notes of a profile or section. */
export function FootnoteList({ footnotes }: { footnotes: Footnote[] }) {
  if (footnotes.length === 0) return <p className="text-sm text-slate-600">No footnotes yet.</p>;
  return (
    <ol className="flex flex-col gap-2 text-sm" aria-label="Footnotes">
      {footnotes.map((f) => (
        <li key={`${f.citationId}-${f.number}`} id={`fn-${f.number}`} className="flex gap-2">
          <span className="w-8 shrink-0 text-right text-slate-500">{f.number}.</span>
          <span>{f.segments.length ? <FootnoteText segments={f.segments} /> : <em>Citation missing.</em>}</span>
        </li>
      ))}
    </ol>
  );
}
