"use client";

import { useState, type FormEvent } from "react";
import type { NoteItem } from "@/lib/citations/types";
import { localToday } from "./local-today";
import { sourceApi } from "./source-api";

/** One source's proposed values (Suggesting mode). */
export interface ProposedCitationChange {
  position: number;
  accessed?: string;
  pinpoint?: string | null;
}

/**
 * The small editor a footnote marker opens: each source's access date and pinpoint, saved with
 * `PATCH /api/citations/{id}` (one request per changed source). The redline of the next submission shows it.
 * With `suggest` (the editor is in Suggesting mode) the changes are proposed instead: `suggest` answers an error
 * message, or null once the proposal is in the document.
 */
export function CitationEditForm({ citationId, number, items, onSaved, onCancel, suggest }: { citationId: string; number: number | null; items: NoteItem[]; onSaved: () => void; onCancel: () => void; suggest?: (changes: ProposedCitationChange[]) => string | null }) {
  const [values, setValues] = useState(() => items.map((i) => ({ accessed: i.accessed ?? "", pinpoint: i.pinpoint ?? "" })));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (k: number, field: "accessed" | "pinpoint", value: string) => setValues((v) => v.map((x, i) => (i === k ? { ...x, [field]: value } : x)));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (suggest) {
      const changes: ProposedCitationChange[] = [];
      for (const [k, item] of items.entries()) {
        const next = values[k]!;
        const change: ProposedCitationChange = { position: k };
        if (next.accessed !== (item.accessed ?? "") && next.accessed !== "") change.accessed = next.accessed;
        if (next.pinpoint.trim() !== (item.pinpoint ?? "")) change.pinpoint = next.pinpoint.trim() === "" ? null : next.pinpoint.trim();
        if (change.accessed !== undefined || change.pinpoint !== undefined) changes.push(change);
      }
      const refused = changes.length === 0 ? null : suggest(changes);
      if (refused) setError(refused);
      else onSaved();
      return;
    }
    setSaving(true);
    for (const [k, item] of items.entries()) {
      const next = values[k]!;
      const body: Record<string, unknown> = {};
      if (next.accessed !== (item.accessed ?? "") && next.accessed !== "") body.accessed = next.accessed;
      if (next.pinpoint.trim() !== (item.pinpoint ?? "")) body.pinpoint = next.pinpoint.trim() === "" ? null : next.pinpoint.trim();
      if (Object.keys(body).length === 0) continue;
      if (items.length > 1) body.position = k;
      const r = await sourceApi.editCitation(citationId, body);
      if (!r.ok) {
        setSaving(false);
        setError(r.error);
        return;
      }
    }
    setSaving(false);
    onSaved();
  };

  return (
    <form onSubmit={(e) => void save(e)} className="flex flex-col gap-3" aria-label={`Edit footnote ${number ?? ""}`.trim()}>
      <p className="text-sm font-semibold">Footnote {number ?? "…"}</p>
      {suggest ? <p className="text-xs text-slate-600">Suggesting: your changes are proposed, not applied.</p> : null}
      {items.length === 0 ? <p className="text-sm text-slate-600">Loading the footnote…</p> : null}
      {items.map((item, k) => (
        <fieldset key={`${item.source.key}-${k}`} className="flex flex-col gap-2 border-t border-slate-200 pt-2 first-of-type:border-0 first-of-type:pt-0">
          <legend className="text-xs text-slate-700">{item.source.title}</legend>
          <label className="flex flex-col text-xs">
            Accessed
            <input type="date" className="rounded border border-slate-300 px-2 py-1 text-sm" value={values[k]?.accessed ?? ""} max={localToday()} onChange={(e) => set(k, "accessed", e.target.value)} />
          </label>
          <label className="flex flex-col text-xs">
            Pinpoint
            <input type="text" className="rounded border border-slate-300 px-2 py-1 text-sm" maxLength={100} value={values[k]?.pinpoint ?? ""} onChange={(e) => set(k, "pinpoint", e.target.value)} />
          </label>
        </fieldset>
      ))}
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <button type="button" className="rounded border border-slate-300 px-2 py-1 text-sm" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="rounded bg-blue-700 px-2 py-1 text-sm text-white disabled:opacity-50" disabled={saving || items.length === 0}>
          {saving ? "Saving…" : suggest ? "Suggest" : "Save"}
        </button>
      </div>
    </form>
  );
}
