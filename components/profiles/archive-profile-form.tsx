"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

type Action = (prev: ActionResult<{ countryCode: string }> | null, form: FormData) => Promise<ActionResult<{ countryCode: string }>>;

/** Admins archive a profile with a reason: its drafts leave the workspace, its published versions stay public. */
export function ArchiveProfileForm({ action, countryCode, country }: { action: Action; countryCode: string; country: string }) {
  // On success the action redirects to the countries list; only a refusal comes back here.
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <summary className="cursor-pointer font-medium">Archive this profile</summary>
      <form action={formAction} aria-label="Archive profile" className="mt-3 flex flex-col items-start gap-3">
        <p className="text-slate-700">
          The drafts of {country} leave the workspace (list, editor, search, publishing). Published versions stay public and unchanged. The archive is recorded in the audit log.
        </p>
        <input type="hidden" name="countryCode" value={countryCode} />
        <Field label="Reason" name="reason" required minLength={3} maxLength={1000} error={state && !state.ok ? state.error : undefined} className="w-full max-w-lg" />
        <Button type="submit" variant="danger" disabled={pending}>
          Archive {country}
        </Button>
      </form>
    </details>
  );
}
