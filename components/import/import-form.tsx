"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import type { ImportResult } from "@/lib/import/import-profile";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ProblemTable } from "./problem-table";

type Action = (prev: ActionResult<ImportResult> | null, form: FormData) => Promise<ActionResult<ImportResult>>;

export function ImportForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <div className="flex flex-col gap-4">
      <form action={formAction} className="flex flex-wrap items-end gap-3" aria-label="Import profile">
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="text-sm font-medium">
            Profile file (.txt or .docx)
          </label>
          <input id="import-file" name="file" type="file" accept=".txt,text/plain,.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" required aria-invalid={state && !state.ok ? true : undefined} className="text-sm" />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Importing…" : "Import"}
        </Button>
      </form>
      {pending ? <p role="status" className="text-sm text-slate-600">Reading notes and building sections…</p> : null}
      {state && !state.ok ? <Alert>{state.error}</Alert> : null}
      {state?.ok ? (
        <div className="flex flex-col gap-3">
          <Alert tone="success">
            Imported {state.data.countryCode}: {state.data.sections} sections, {state.data.citations} citations, {state.data.sourcesCreated} new sources ({state.data.sourcesReused} already in the registry).{" "}
            <Link href={`/countries/${state.data.countryCode.toLowerCase()}`} className="underline">
              Open the profile
            </Link>
          </Alert>
          <ProblemTable problems={state.data.problems} caption={`${state.data.problems.length} problems to fix`} position={state.data.position === "paragraph" ? "Paragraph" : "Line"} />
        </div>
      ) : null}
    </div>
  );
}
