"use client";

import { useState } from "react";
import type { Redline } from "@/lib/review/redline/compute-redline";
import { describeFootnoteChange } from "@/lib/review/redline/describe-footnote-change";
import { Button } from "@/components/ui/button";
import type { RangeMark } from "./redline-decorations";
import { RevisionViewer } from "./revision-viewer";

export interface RedlineViewProps {
  redline: Redline;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  beforeLabel: string;
  afterLabel: string;
  /** Ranges of comment threads in the new revision. */
  threadRanges: { from: number; to: number; quote: string }[];
  onComment?: (range: { from: number; to: number; quote: string }) => void;
}

function marksAfter(redline: Redline, inline: boolean, threads: RedlineViewProps["threadRanges"]): RangeMark[] {
  const marks: RangeMark[] = [];
  for (const c of redline.changes) {
    if (inline && c.deleted && c.kind !== "format") marks.push({ from: c.fromB, to: c.fromB, className: "", widget: { text: c.deleted, className: "redline-del", label: `Deleted: ${c.deleted}` } });
    if (c.toB > c.fromB) marks.push({ from: c.fromB, to: c.toB, className: c.kind === "format" ? "redline-format" : "redline-ins", title: c.kind === "format" ? "Formatting changed" : "Inserted" });
  }
  for (const f of redline.footnotes) {
    if (f.kind === "removed" && !inline) continue;
    const at = f.posAfter !== null ? f.posAfter + 1 : (redline.changes.find((c) => f.posBefore !== null && c.fromA <= f.posBefore && f.posBefore < c.toA)?.fromB ?? null);
    if (at === null) continue;
    marks.push({ from: at, to: at, className: "", widget: { text: describeFootnoteChange(f), className: `redline-footnote redline-footnote-${f.kind}`, label: describeFootnoteChange(f) } });
  }
  for (const t of threads) marks.push({ from: t.from, to: t.to, className: "comment-anchor", title: "Commented" });
  return marks;
}

function marksBefore(redline: Redline): RangeMark[] {
  const marks: RangeMark[] = [];
  for (const c of redline.changes) if (c.toA > c.fromA) marks.push({ from: c.fromA, to: c.toA, className: c.kind === "format" ? "redline-format" : "redline-del-range" });
  for (const f of redline.footnotes) {
    if (f.kind === "added" || f.posBefore === null) continue;
    marks.push({ from: f.posBefore + 1, to: f.posBefore + 1, className: "", widget: { text: describeFootnoteChange(f), className: `redline-footnote redline-footnote-${f.kind}`, label: describeFootnoteChange(f) } });
  }
  return marks;
}

/** The redline inline (one document, deletions struck through) or side by side, with footnote changes at their markers. */
export function RedlineView({ redline, before, after, beforeLabel, afterLabel, threadRanges, onComment }: RedlineViewProps) {
  const [mode, setMode] = useState<"inline" | "side">("inline");
  return (
    <section aria-label="Redline" className="flex flex-col gap-3">
      <div className="flex items-center gap-2" role="group" aria-label="Redline layout">
        <Button size="sm" variant={mode === "inline" ? "primary" : "secondary"} aria-pressed={mode === "inline"} onClick={() => setMode("inline")}>
          Inline
        </Button>
        <Button size="sm" variant={mode === "side" ? "primary" : "secondary"} aria-pressed={mode === "side"} onClick={() => setMode("side")}>
          Side by side
        </Button>
        <span className="text-sm text-slate-600">
          {redline.changes.length} text change(s), {redline.footnotes.length} footnote change(s)
        </span>
      </div>
      {mode === "inline" ? (
        <RevisionViewer key="inline" doc={after} numbers={redline.numbersAfter} marks={marksAfter(redline, true, threadRanges)} label={`${afterLabel} with changes`} onComment={onComment} />
      ) : (
        <div className="grid gap-3 md:grid-cols-2">
          <div>
            <h3 className="mb-1 text-sm font-medium">{beforeLabel}</h3>
            {before ? <RevisionViewer key="before" doc={before} numbers={redline.numbersBefore} marks={marksBefore(redline)} label={beforeLabel} /> : <p className="text-sm italic text-slate-500">Empty: no approved revision before this one.</p>}
          </div>
          <div>
            <h3 className="mb-1 text-sm font-medium">{afterLabel}</h3>
            <RevisionViewer key="after" doc={after} numbers={redline.numbersAfter} marks={marksAfter(redline, false, threadRanges)} label={afterLabel} onComment={onComment} />
          </div>
        </div>
      )}
      <section aria-label="Footnote changes" className="rounded-lg border border-slate-200 bg-white p-4">
        <h3 className="mb-2 font-medium">Footnote changes</h3>
        {redline.footnotes.length === 0 ? (
          <p className="text-sm text-slate-600">No footnote changed.</p>
        ) : (
          <ul className="flex list-disc flex-col gap-1 pl-5 text-sm">
            {redline.footnotes.map((f) => (
              <li key={`${f.kind}-${f.citationId}`} data-kind={f.kind}>
                {describeFootnoteChange(f)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
