"use client";

import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import { Button } from "@/components/ui/button";

type Action = (prev: ActionResult<{ archiveUrl: string }> | null, form: FormData) => Promise<ActionResult<{ archiveUrl: string }>>;

/**
 * Paste an archive copy's URL for a source by hand. The form is rendered once the disclosure opens: a drill-down of
 * 500 citations would otherwise send 500 forms (with their action fields) in the page.
 */
export function ArchiveForm({ action, sourceId, title }: { action: Action; sourceId: string; title: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [open, setOpen] = useState(false);
  return (
    <details className="text-xs" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-blue-800">Paste archive URL</summary>
      {open || state ? (
        <form action={formAction} className="mt-1 flex flex-col gap-1">
          <input type="hidden" name="sourceId" value={sourceId} />
          <label className="sr-only" htmlFor={`archive-${sourceId}`}>
            Archive URL for {title}
          </label>
          <input id={`archive-${sourceId}`} name="archiveUrl" type="url" required placeholder="https://web.archive.org/web/…" className="w-64 rounded border border-slate-300 px-1 py-0.5" />
          <Button type="submit" size="sm" variant="secondary" disabled={pending} className="self-start">
            Save archive URL
          </Button>
          {state && !state.ok ? <span role="alert" className="text-red-700">{state.error}</span> : null}
          {state?.ok ? <span role="status">Saved.</span> : null}
        </form>
      ) : null}
    </details>
  );
}
