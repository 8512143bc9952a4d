"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import { Button } from "@/components/ui/button";

type Update = (input: { userId: string; role?: string; disabled?: boolean }) => Promise<ActionResult<null>>;
type Reset = (input: { userId: string }) => Promise<ActionResult<{ temporaryPassword: string }>>;

export function UserRowControls({
  user,
  roles,
  update,
  reset,
  isSelf,
}: {
  user: { id: string; email: string; role: string; disabled: boolean };
  roles: readonly string[];
  update: Update;
  reset: Reset;
  isSelf: boolean;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  // Shown once, right after the reset; never stored in the browser or sent again.
  const [temporary, setTemporary] = useState<string>();
  const runReset = () =>
    startTransition(async () => {
      const result = await reset({ userId: user.id });
      setError(result.ok ? undefined : result.error);
      setTemporary(result.ok ? result.data.temporaryPassword : undefined);
    });
  const run = (input: { role?: string; disabled?: boolean }) =>
    startTransition(async () => {
      const result = await update({ userId: user.id, ...input });
      setError(result.ok ? undefined : result.error);
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${user.id}`}>
        Role for {user.email}
      </label>
      <select
        id={`role-${user.id}`}
        value={user.role}
        disabled={pending || isSelf}
        onChange={(e) => run({ role: e.target.value })}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      {isSelf ? null : (
        <Button size="sm" variant={user.disabled ? "secondary" : "danger"} disabled={pending} onClick={() => run({ disabled: !user.disabled })}>
          {user.disabled ? "Enable" : "Disable"}
          <span className="sr-only"> {user.email}</span>
        </Button>
      )}
      {isSelf ? null : (
        <Button size="sm" variant="secondary" disabled={pending} onClick={runReset}>
          Reset password
          <span className="sr-only"> for {user.email}</span>
        </Button>
      )}
      {temporary ? (
        <span role="status" className="text-sm text-slate-700">
          Temporary password for {user.email}: <code data-testid="temporary-password" className="rounded bg-slate-100 px-1 font-mono">{temporary}</code> — shown once; they must change it when they sign in.
        </span>
      ) : null}
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </div>
  );
}
