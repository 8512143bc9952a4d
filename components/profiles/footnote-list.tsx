import type { Footnote } from "@/lib/profiles/footnotes";
import { formatDate } from "@/lib/format-date";

/** The numbered notes; every field is rendered as text and only http(s) URLs become links. */
export function FootnoteList({ footnotes }: { footnotes: Footnote[] }) {
  if (footnotes.length === 0) return <p className="text-sm text-slate-600">No footnotes yet.</p>;
  return (
    <ol className="flex flex-col gap-2 text-sm" aria-label="Footnotes">
      {footnotes.map((f) => (
        <li key={f.citationId} id={`fn-${f.number}`} className="flex gap-2">
          <span className="w-8 shrink-0 text-right text-slate-500">{f.number}.</span>
          <span>
            {f.items.length === 0 ? <em>Citation missing.</em> : null}
            {f.items.map((item, i) => (
              <span key={`${item.sourceId}-${i}`}>
                {i > 0 ? "; " : ""}‘{item.title}’
                {item.url && /^https?:\/\//i.test(item.url) ? (
                  <>
                    {" "}
                    &lt;
                    <a href={item.url} rel="noopener noreferrer nofollow" className="break-all text-blue-800 underline">
                      {item.url}
                    </a>
                    &gt;
                  </>
                ) : null}
                {item.accessed ? ` accessed ${formatDate(item.accessed)}` : ""}
              </span>
            ))}
            .
          </span>
        </li>
      ))}
    </ol>
  );
}
