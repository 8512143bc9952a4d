"use client";

import { memo, useMemo, useSyncExternalStore } from "react";
import { lintFootnotes } from "@/lib/citations/lint-footnotes";
import type { NoteItem } from "@/lib/citations/types";
import { FootnoteText } from "./footnote-text";
import type { FootnoteStore } from "./footnote-store";
import { localToday } from "./local-today";


/**
 * The footnotes of the open section (numbered across the profile), and the live citation check for the
 * whole profile with a jump to each note. Rendered again only when the numbering or its own props change (not
 * on every keystroke in the editor above it).
 */
export const SectionFootnotes = memo(function SectionFootnotes({ store, sectionId, itemsFor, maxAgeMonths, onJump, sectionTitles, offline, onRetry }: {
  store: FootnoteStore;
  sectionId: string;
  itemsFor: (citationId: string) => NoteItem[] | undefined;
  maxAgeMonths: number;
  onJump: (citationId: string, sectionId: string) => void;
  sectionTitles: Record<string, string>;
  /** The server cannot be reached: other sections' numbering is not live. */
  offline: boolean;
  /** Reads the sources that could not be read again. */
  onRetry: () => void;
}) {
  const all = useSyncExternalStore(store.subscribe, store.all, store.all);
  const status = useSyncExternalStore(store.subscribe, store.status, store.status);
  const notLive = status.orders === "last-known" || (status.orders === "none" && offline);
  const checking = status.error === null && (status.loading || status.orders === "none") && !notLive;
  const mine = useMemo(() => all.filter((f) => f.sectionId === sectionId), [all, sectionId]);
  const foreign = useSyncExternalStore(store.subscribe, store.foreign, store.foreign);
  const problems = useMemo(() => {
    const loaded = all.filter((f) => itemsFor(f.citationId) !== undefined);
    return lintFootnotes(
      loaded.map((f) => ({ number: f.number, items: itemsFor(f.citationId)! })),
      { maxAgeMonths, today: localToday(), foreign },
    );
  }, [all, itemsFor, maxAgeMonths, foreign]);
  const byNumber = useMemo(() => new Map(all.map((f) => [f.number, f])), [all]);
  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby="section-notes" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="section-notes" className="mb-2 font-medium">Footnotes</h2>
        {notLive ? (
          <p role="status" data-testid="footnote-numbers-stale" className="mb-2 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm text-amber-900">
            {status.orders === "last-known"
              ? "Offline — footnote numbers may be out of date: other sections are counted as this device last saw them."
              : "Offline — footnote numbers may be out of date: other sections’ notes are not known on this device."}
          </p>
        ) : null}
        {status.error ? (
          <div role="alert" data-testid="footnote-sources-error" className="mb-2 flex items-start justify-between gap-2 rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-800">
            <p>Some footnotes’ sources could not be loaded, so their text is missing: {status.error}</p>
            <button type="button" className="shrink-0 underline" onClick={onRetry}>
              Try again
            </button>
          </div>
        ) : null}
        {mine.length === 0 ? (
          <p className="text-sm text-slate-600">No footnotes in this section yet. Select text and choose “Cite source”.</p>
        ) : (
          <ol aria-label="Footnotes in this section" className="footnote-list flex flex-col gap-1 text-sm">
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
        <h2 id="citation-check" className="mb-2 font-medium">Citation check ({status.error ? "incomplete" : checking ? "…" : problems.length})</h2>
        {status.error ? (
          <p className="text-sm text-slate-600">Not checked: some footnotes’ sources could not be loaded.</p>
        ) : checking ? (
          <p className="text-sm text-slate-600">Checking…</p>
        ) : problems.length === 0 ? (
          <p className="text-sm text-slate-600">{notLive ? "No problems in the footnotes known on this device (offline: they may be out of date)." : "No problems in this profile’s footnotes."}</p>
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
});
