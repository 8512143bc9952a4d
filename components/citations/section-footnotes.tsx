"use client";

import { useSyncExternalStore } from "react";
import { lintFootnotes } from "@/lib/citations/lint-footnotes";
import type { NoteItem } from "@/lib/citations/types";
import { FootnoteText } from "./footnote-text";
import type { FootnoteStore } from "./footnote-store";
import { localToday } from "./local-today";


/**
 * The footnotes of the open section (numbered across the profile), and the live citation check for the
 * whole profile with a jump to each note.
 */
export function SectionFootnotes({ store, sectionId, itemsFor, maxAgeMonths, onJump, sectionTitles }: {
  store: FootnoteStore;
  sectionId: string;
  itemsFor: (citationId: string) => NoteItem[] | undefined;
  maxAgeMonths: number;
  onJump: (citationId: string, sectionId: string) => void;
  sectionTitles: Record<string, string>;
}) {
  const all = useSyncExternalStore(store.subscribe, store.all, store.all);
  const mine = all.filter((f) => f.sectionId === sectionId);
  const loaded = all.filter((f) => itemsFor(f.citationId) !== undefined);
  const problems = lintFootnotes(
    loaded.map((f) => ({ number: f.number, items: itemsFor(f.citationId)! })),
    { maxAgeMonths, today: localToday(), foreign: store.foreign() },
  );
  const byNumber = new Map(all.map((f) => [f.number, f]));
  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby="section-notes" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="section-notes" className="mb-2 font-medium">Footnotes</h2>
        {mine.length === 0 ? (
          <p className="text-sm text-slate-600">No footnotes in this section yet. Select text and choose “Cite source”.</p>
        ) : (
          <ol aria-label="Footnotes in this section" className="flex flex-col gap-1 text-sm">
            {mine.map((f) => (
              <li key={`${f.citationId}-${f.number}`} className="flex gap-2">
                <span className="w-8 shrink-0 text-right text-slate-500">{f.number}.</span>
                <span>
                  <FootnoteText segments={f.segments} />
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="citation-check" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="citation-check" className="mb-2 font-medium">Citation check ({problems.length})</h2>
        {problems.length === 0 ? (
          <p className="text-sm text-slate-600">No problems in this profile’s footnotes.</p>
        ) : (
          <ul aria-label="Citation problems" className="flex flex-col gap-1 text-sm">
            {problems.map((p, i) => {
              const target = byNumber.get(p.notes[0]!);
              return (
                <li key={`${p.kind}-${i}`} className="flex items-start gap-2">
                  <span className="rounded bg-amber-100 px-1 font-mono text-xs text-amber-900">{p.kind}</span>
                  <span className="flex-1">{p.message}</span>
                  {target ? (
                    <button type="button" className="text-blue-800 underline" onClick={() => onJump(target.citationId, target.sectionId)}>
                      Go to note {target.number}
                      {target.sectionId === sectionId ? "" : ` (${sectionTitles[target.sectionId] ?? "another section"})`}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
