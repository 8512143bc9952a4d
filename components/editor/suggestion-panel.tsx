"use client";

import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";
import { useState } from "react";
import { openSuggestionsKey } from "@/lib/editor/open-suggestions";
import type { SuggestionSummary } from "@/lib/editor/suggestions";
import { suggestionOn } from "@/lib/editor/suggestion-marks";
import { decidableIds } from "@/lib/suggestions/decidable";
import { userColor } from "@/lib/collab/user-color";

const kindLabel: Record<SuggestionSummary["kind"], string> = { insert: "Add", delete: "Remove", format: "Format", citation: "Footnote" };

function when(iso: string): string {
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(iso) ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "";
}

async function decide(id: string, decision: "accepted" | "rejected"): Promise<string | null> {
  const res = await fetch(`/api/suggestions/${encodeURIComponent(id)}/decision`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ decision }) });
  if (res.ok) return null;
  const body = (await res.json().catch(() => ({}))) as { error?: string };
  return body.error ?? `The decision failed (${res.status}).`;
}

function Decide({ ids, label, onError }: { ids: string[]; label: string; onError: (m: string | null) => void }) {
  const [busy, setBusy] = useState(false);
  const run = async (decision: "accepted" | "rejected") => {
    setBusy(true);
    let error: string | null = null;
    for (const id of ids) error = (await decide(id, decision)) ?? error;
    setBusy(false);
    onError(error);
  };
  return (
    <span className="flex gap-1">
      <button type="button" disabled={busy} aria-label={`Accept ${label}`} className="rounded border border-emerald-300 px-1.5 text-emerald-900 hover:bg-emerald-50" onClick={() => void run("accepted")}>
        Accept
      </button>
      <button type="button" disabled={busy} aria-label={`Reject ${label}`} className="rounded border border-red-300 px-1.5 text-red-900 hover:bg-red-50" onClick={() => void run("rejected")}>
        Reject
      </button>
    </span>
  );
}

/**
 * The section's open suggestions, grouped by author, with jump-to and accept/reject (one, all by one person, all),
 * and the suggestion at the caret (so it is decided from the text). Decisions go to the server, which applies them
 * to the live document: every open editor sees the result.
 */
export function SuggestionPanel({ editor, userId, canDecide }: { editor: Editor; userId: string; canDecide: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const { list, atCaret } = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const $pos = e.state.selection.$from;
      const node = $pos.nodeAfter ?? $pos.nodeBefore;
      return { list: openSuggestionsKey.getState(e.state) ?? [], atCaret: node ? (suggestionOn(node)?.attrs.id ?? null) : null };
    },
    // The plugin keeps the very same list while typing changes none (open-suggestions.ts): compared by identity first.
    equalityFn: (a, b) => b !== null && a.atCaret === b.atCaret && (a.list === b.list || JSON.stringify(a.list) === JSON.stringify(b.list)),
  });
  if (list.length === 0) return <section aria-label="Suggestions" className="text-sm text-slate-600"><h2 className="font-semibold text-slate-800">Suggestions</h2><p>No open suggestions.</p></section>;
  // Accept / Reject only where this user may decide (never their own suggestions); the server still checks each.
  const decidable = new Set(decidableIds(list, { userId, mayDecide: canDecide }));
  const mine = (ids: string[]) => ids.filter((id) => decidable.has(id));
  const byAuthor = new Map<string, SuggestionSummary[]>();
  for (const s of list) byAuthor.set(s.author.id, [...(byAuthor.get(s.author.id) ?? []), s]);
  const caret = list.find((s) => s.id === atCaret);
  const jump = (s: SuggestionSummary) => editor.chain().focus().setTextSelection(s.from).scrollIntoView().run();
  return (
    <section aria-label="Suggestions" className="flex flex-col gap-2 text-sm">
      <div className="flex items-center justify-between">
        <h2 className="font-semibold text-slate-800">Suggestions ({list.length})</h2>
        {decidable.size > 0 ? <Decide ids={mine(list.map((s) => s.id))} label="all suggestions" onError={setError} /> : null}
      </div>
      {decidable.size === 0 ? <p className="text-slate-600">{canDecide ? "Someone else decides your suggestions." : "A researcher who wrote this section or an editor accepts or rejects suggestions."}</p> : null}
      {error ? <p role="alert" className="rounded bg-amber-50 px-2 py-1 text-amber-900">{error}</p> : null}
      {caret ? (
        <div data-testid="suggestion-at-caret" className="rounded border border-slate-300 bg-slate-50 px-2 py-1">
          <p>
            At the caret: {kindLabel[caret.kind]} “{caret.text}” by {caret.author.name}, {when(caret.createdAt)}
          </p>
          {decidable.has(caret.id) ? <Decide ids={[caret.id]} label={`${kindLabel[caret.kind].toLowerCase()} “${caret.text}” by ${caret.author.name}`} onError={setError} /> : null}
        </div>
      ) : null}
      {[...byAuthor.values()].map((items) => (
        <div key={items[0]!.author.id} className="flex flex-col gap-1">
          <div className="flex items-center justify-between">
            <h3 className="font-medium" style={{ color: userColor(items[0]!.author.id) }}>
              {items[0]!.author.name} ({items.length})
            </h3>
            {mine(items.map((s) => s.id)).length > 0 ? <Decide ids={mine(items.map((s) => s.id))} label={`all by ${items[0]!.author.name}`} onError={setError} /> : null}
          </div>
          <ul className="flex flex-col gap-1">
            {items.map((s) => (
              <li key={s.id} data-suggestion-id={s.id} className="flex flex-col gap-0.5 rounded border border-slate-200 px-2 py-1">
                <button type="button" className="text-left hover:underline" onClick={() => jump(s)} title={when(s.createdAt)}>
                  {kindLabel[s.kind]}: “{s.text || "footnote marker"}”
                </button>
                {decidable.has(s.id) ? <Decide ids={[s.id]} label={`${kindLabel[s.kind].toLowerCase()} “${s.text}” by ${s.author.name}`} onError={setError} /> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
