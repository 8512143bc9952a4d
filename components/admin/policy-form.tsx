"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import type { CitationPolicy } from "@/lib/settings/citation-policy";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

const gates = [
  ["gateStale", "an access date older than the maximum age"],
  ["gateDeadWithoutArchive", "a dead link without an archive copy"],
  ["gateMissingAccessDate", "a URL without an access date"],
  ["gateImportProblems", "unresolved import problems (of the profile)"],
] as const;

type Action = (prev: ActionResult<CitationPolicy> | null, form: FormData) => Promise<ActionResult<CitationPolicy>>;

export function PolicyForm({ action, policy }: { action: Action; policy: CitationPolicy }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-label="Citation policy">
      {state?.ok ? <Alert tone="success">Saved: access dates older than {state.data.maxAgeMonths} months are flagged; the publish gate is updated.</Alert> : null}
      <Field
        label="Flag access dates older than (months)"
        name="maxAgeMonths"
        type="number"
        min={1}
        max={120}
        defaultValue={policy.maxAgeMonths}
        error={state && !state.ok ? state.error : undefined}
        className="w-72"
        required
      />
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className="mb-1 font-medium">Block publishing when a footnote has</legend>
        {gates.map(([name, label]) => (
          <label key={name} className="flex items-center gap-2">
            <input type="checkbox" name={name} defaultChecked={policy[name]} />
            {label}
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={pending} className="self-start">
        Save policy
      </Button>
    </form>
  );
}
