"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import type { SourceSummary } from "@/lib/citations/queries";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Action = (prev: ActionResult<{ moved: number }> | null, form: FormData) => Promise<ActionResult<{ moved: number }>>;

function SourceSelect({ name, label, sources }: { name: string; label: string; sources: SourceSummary[] }) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      {label}
      <select name={name} required defaultValue="" className="max-w-md rounded border border-slate-300 px-2 py-1">
        <option value="" disabled>
          Choose a source…
        </option>
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
            {s.url ? ` — ${s.url}` : ""}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Merges two registry records found to be one source; every citation of the second moves to the first. */
export function MergeSourcesForm({ action, sources }: { action: Action; sources: SourceSummary[] }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} aria-label="Merge sources" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="font-medium">Merge two records of one source</h2>
      {state && !state.ok ? <Alert>{state.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">Merged: {state.data.moved} citation(s) now point to the kept record.</Alert> : null}
      <div className="flex flex-wrap gap-4">
        <SourceSelect name="keepId" label="Keep" sources={sources} />
        <SourceSelect name="mergeId" label="Merge into it" sources={sources} />
      </div>
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {pending ? "Merging…" : "Merge"}
      </Button>
    </form>
  );
}
