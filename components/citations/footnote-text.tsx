import type { Segment } from "@/lib/citations/types";

/** A formatted note from its segments: titles and every other field as text; only http(s) URLs become links. */
export function FootnoteText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.kind === "url" && s.href ? (
          <a key={i} href={s.href} rel="noopener noreferrer nofollow" className="break-all text-blue-800 underline">
            {s.text}
          </a>
        ) : s.kind === "crossref" && s.note ? (
          <a key={i} href={`#fn-${s.note}`} className="text-blue-800 underline">
            {s.text}
          </a>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
