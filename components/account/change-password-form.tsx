"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

type Action = (prev: ActionResult<null> | null, form: FormData) => Promise<ActionResult<null>>;

export function ChangePasswordForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  const errorFor = (field: string) => (state && !state.ok && state.field === field ? state.error : undefined);
  if (state?.ok) {
    return (
      <Alert tone="success">
        Your password has been changed; other sessions were signed out.{" "}
        <Link href="/countries" className="underline">
          Continue to Folio
        </Link>
      </Alert>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-label="Change password">
      {state && !state.ok && !state.field ? <Alert>{state.error}</Alert> : null}
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required error={errorFor("currentPassword")} />
      <Field label="New password" name="newPassword" type="password" autoComplete="new-password" required minLength={10} hint="At least 10 characters." error={errorFor("newPassword")} />
      <Field label="Repeat the new password" name="confirmPassword" type="password" autoComplete="new-password" required error={errorFor("confirmPassword")} />
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
