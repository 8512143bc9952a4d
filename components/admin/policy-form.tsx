"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import type { CitationPolicy } from "@/lib/settings/citation-policy";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

type Action = (prev: ActionResult<CitationPolicy> | null, form: FormData) => Promise<ActionResult<CitationPolicy>>;

export function PolicyForm({ action, policy }: { action: Action; policy: CitationPolicy }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-label="Citation policy">
      {state?.ok ? <Alert tone="success">Saved: access dates older than {state.data.maxAgeMonths} months are flagged.</Alert> : null}
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
      <Button type="submit" disabled={pending} className="self-start">
        Save policy
      </Button>
    </form>
  );
}
