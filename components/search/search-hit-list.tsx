/** One list of search hits: a link to where the match is, a caption, and the highlighted snippet. */
export interface SearchHitView {
  key: string;
  href: string;
  title: string;
  caption: string;
  /** Escaped text with matches in <mark> (made by lib/search/snippet-html.ts). */
  snippetHtml: string;
}

export function SearchHitList({ heading, hits, empty }: { heading: string; hits: SearchHitView[]; empty: string }) {
  return (
    <section aria-label={heading} className="flex flex-col gap-2">
      <h2 className="text-lg font-semibold">
        {heading} <span className="text-sm font-normal text-slate-600">({hits.length})</span>
      </h2>
      {hits.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {hits.map((h) => (
            <li key={h.key} className="rounded border border-slate-200 bg-white p-3">
              <a href={h.href} className="font-medium text-blue-800 underline">
                {h.title}
              </a>{" "}
              <span className="text-xs text-slate-600">{h.caption}</span>
              {/* The snippet is escaped on the server; only <mark> is markup. */}
              <p className="text-sm [&_mark]:bg-yellow-200" dangerouslySetInnerHTML={{ __html: h.snippetHtml }} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
