"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import type { DraftImportResult } from "@/lib/import/import-into-profile";
import type { ImportResult } from "@/lib/import/import-profile";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DraftImportReport } from "./draft-import-report";
import { ProblemTable } from "./problem-table";

type Outcome = ({ mode: "new" } & ImportResult) | ({ mode: "draft" } & DraftImportResult);
type Action = (prev: ActionResult<Outcome> | null, form: FormData) => Promise<ActionResult<Outcome>>;

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
        <fieldset className="flex flex-col gap-1 text-sm">
          <legend className="font-medium">When the country already has a profile</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="mode" value="new" defaultChecked /> Import as a new profile (refused if the country has one)
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="mode" value="draft" /> Import as a new draft of the existing profile (each changed section goes to review)
          </label>
        </fieldset>
        <Button type="submit" disabled={pending}>
          {pending ? "Importing…" : "Import"}
        </Button>
      </form>
      {pending ? <p role="status" className="text-sm text-slate-600">Reading notes and building sections…</p> : null}
      {state && !state.ok ? <Alert>{state.error}</Alert> : null}
      {state?.ok && state.data.mode === "new" ? (
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
      {state?.ok && state.data.mode === "draft" ? (
        <div className="flex flex-col gap-3">
          <Alert tone="success">
            Imported into the {state.data.countryCode} profile as a new draft: {state.data.changed} {state.data.changed === 1 ? "section" : "sections"} changed and submitted for review, {state.data.citations} new footnotes, {state.data.sourcesCreated} new sources ({state.data.sourcesReused} already in the registry).{" "}
            <Link href="/review" className="underline">
              Open the review queue
            </Link>
          </Alert>
          <DraftImportReport sections={state.data.sections} />
          <ProblemTable problems={state.data.problems} caption={`${state.data.problems.length} problems to fix`} position={state.data.position === "paragraph" ? "Paragraph" : "Line"} />
        </div>
      ) : null}
    </div>
  );
}
