"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

type Action = (prev: ActionResult<{ email: string }> | null, form: FormData) => Promise<ActionResult<{ email: string }>>;

export function CreateUserForm({ action, roles }: { action: Action; roles: readonly string[] }) {
  const [state, formAction, pending] = useActionState(action, null);
  const errorFor = (field: string) => (state && !state.ok && state.field === field ? state.error : undefined);
  return (
    <form action={formAction} className="grid grid-cols-1 gap-3 md:grid-cols-5" aria-label="New user">
      {state && !state.ok && !state.field ? (
        <div className="md:col-span-5">
          <Alert>{state.error}</Alert>
        </div>
      ) : null}
      {state?.ok ? (
        <div className="md:col-span-5">
          <Alert tone="success">Created {state.data.email}.</Alert>
        </div>
      ) : null}
      <Field label="Name" name="name" required error={errorFor("name")} />
      <Field label="Email" name="email" type="email" required error={errorFor("email")} />
      <div className="flex flex-col gap-1">
        <label htmlFor="new-user-role" className="text-sm font-medium text-slate-700">
          Role
        </label>
        <select id="new-user-role" name="role" defaultValue="researcher" className="rounded-md border border-slate-300 px-3 py-2 text-sm">
          {roles.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <Field label="Initial password" name="password" type="password" autoComplete="new-password" required minLength={10} error={errorFor("password")} />
      <Button type="submit" disabled={pending} className="self-end">
        {pending ? "Creating…" : "Create user"}
      </Button>
    </form>
  );
}
