"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import { Button } from "@/components/ui/button";

type Update = (input: { userId: string; role?: string; disabled?: boolean }) => Promise<ActionResult<null>>;

export function UserRowControls({ user, roles, update, isSelf }: { user: { id: string; email: string; role: string; disabled: boolean }; roles: readonly string[]; update: Update; isSelf: boolean }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
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
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </div>
  );
}
