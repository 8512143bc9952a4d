"use client";

import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import type { FreshnessCitation } from "@/lib/freshness/freshness-citations";
import type { ReverificationEntry } from "@/lib/freshness/reverification-history";
import { localToday } from "@/components/citations/local-today";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ArchiveForm } from "./archive-form";

type ReverifyAction = (prev: ActionResult<{ count: number; accessedOn: string }> | null, form: FormData) => Promise<ActionResult<{ count: number; accessedOn: string }>>;
type ArchiveAction = Parameters<typeof ArchiveForm>[0]["action"];

const resultLabels = { supports: "Still supports the text", changed: "Changed (say how)", gone: "Gone (archive copy)" } as const;

/** The citations behind a cell, with their history, a bulk re-verify form and archive pasting. */
export function ReverifyTable({ rows, histories, canReverify, reverify, setArchive }: { rows: FreshnessCitation[]; histories: Record<string, ReverificationEntry[]>; canReverify: boolean; reverify: ReverifyAction; setArchive: ArchiveAction }) {
  const [state, formAction, pending] = useActionState(reverify, null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<keyof typeof resultLabels>("supports");
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const allSelected = rows.length > 0 && selected.size === rows.length;
  return (
    <div className="flex flex-col gap-3">
      {canReverify ? (
        <form id="reverify-form" action={formAction} aria-label="Re-verify" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
          <input type="hidden" name="accessedOn" value={localToday()} />
          <fieldset className="flex flex-col gap-1">
            <legend className="font-medium">Result</legend>
            {Object.entries(resultLabels).map(([value, label]) => (
              <label key={value} className="flex items-center gap-1">
                <input type="radio" name="result" value={value} checked={result === value} onChange={() => setResult(value as keyof typeof resultLabels)} />
                {label}
              </label>
            ))}
          </fieldset>
          {result !== "supports" ? (
            <label className="flex flex-col gap-1">
              Note
              <textarea name="note" rows={2} className="w-64 rounded border border-slate-300 px-2 py-1" required={result === "changed"} />
            </label>
          ) : null}
          {result === "gone" ? (
            <label className="flex flex-col gap-1">
              Archive URL
              <input name="archiveUrl" type="url" className="w-72 rounded border border-slate-300 px-2 py-1" placeholder="https://web.archive.org/web/…" />
            </label>
          ) : null}
          <Button type="submit" disabled={pending || selected.size === 0}>
            Re-verify selected ({selected.size})
          </Button>
          {state && !state.ok ? <Alert>{state.error}</Alert> : null}
          {state?.ok ? <Alert tone="success">Re-verified {state.data.count} citation{state.data.count === 1 ? "" : "s"} on {state.data.accessedOn}.</Alert> : null}
        </form>
      ) : null}
      <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm" aria-label="Citations">
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-2 py-2">
              {canReverify ? (
                <input type="checkbox" aria-label="Select all" checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.citationSourceId)))} />
              ) : null}
            </th>
            {["Country · section", "Source", "Accessed", "Link", "Archive", "Re-verified"].map((c) => (
              <th key={c} scope="col" className="px-2 py-2">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.citationSourceId} className="border-t border-slate-200 align-top">
              <td className="px-2 py-2">
                {canReverify ? (
                  <input type="checkbox" name="ids" value={r.citationSourceId} form="reverify-form" checked={selected.has(r.citationSourceId)} onChange={() => toggle(r.citationSourceId)} aria-label={`Select ${r.title}`} />
                ) : null}
              </td>
              <td className="px-2 py-2">
                {r.country} · {r.sectionTitle}
              </td>
              <td className="max-w-md break-words px-2 py-2">
                <span className="font-medium">{r.title}</span>
                {r.url ? <span className="block break-all text-xs text-slate-600">{r.url}</span> : null}
              </td>
              <td className="px-2 py-2" data-testid="accessed">{r.accessedAt ?? "missing"}</td>
              <td className="px-2 py-2" title={r.linkReason ?? undefined}>
                {r.linkStatus}
              </td>
              <td className="px-2 py-2 text-xs">
                {r.archiveUrl ? (
                  <a href={r.archiveUrl} rel="noopener noreferrer nofollow" className="break-all text-blue-800 underline">
                    archived copy
                  </a>
                ) : (
                  "none"
                )}
                {canReverify ? <ArchiveForm action={setArchive} sourceId={r.sourceId} title={r.title} /> : null}
              </td>
              <td className="px-2 py-2 text-xs">
                {(histories[r.citationSourceId] ?? []).length === 0 ? (
                  "never"
                ) : (
                  <details>
                    <summary className="cursor-pointer">{histories[r.citationSourceId]!.length}× · history</summary>
                    <ol className="mt-1 flex flex-col gap-1">
                      {histories[r.citationSourceId]!.map((h) => (
                        <li key={h.id}>
                          {new Date(h.at).toLocaleDateString()} · {h.by ?? "someone"} · {h.result}
                          {h.previousAccessedAt !== h.accessedAt ? ` · ${h.previousAccessedAt ?? "none"} → ${h.accessedAt}` : ""}
                          {h.note ? ` · “${h.note}”` : ""}
                        </li>
                      ))}
                    </ol>
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
