"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { assignReviewerAction } from "@/lib/actions/review-actions";
import { Button } from "@/components/ui/button";

/** Assign an open submission to yourself or another editor. */
export function AssignSelect({ revisionId, assigneeId, reviewers, selfId, label }: { revisionId: string; assigneeId: string | null; reviewers: { id: string; name: string }[]; selfId: string; label: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const assign = (id: string) =>
    startTransition(async () => {
      const result = await assignReviewerAction({ revisionId, assigneeId: id });
      if (!result.ok) setError(result.error);
      else {
        setError(null);
        router.refresh();
      }
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <select aria-label={label} value={assigneeId ?? ""} disabled={pending} onChange={(e) => e.target.value && assign(e.target.value)} className="rounded border border-slate-300 px-2 py-1">
        <option value="">Unassigned</option>
        {reviewers.map((r) => (
          <option key={r.id} value={r.id}>{r.name}</option>
        ))}
      </select>
      {assigneeId !== selfId ? (
        <Button size="sm" variant="secondary" disabled={pending} onClick={() => assign(selfId)}>Assign me</Button>
      ) : null}
      {error ? <span role="alert" className="text-xs text-red-700">{error}</span> : null}
    </div>
  );
}
