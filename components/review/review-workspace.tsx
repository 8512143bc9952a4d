"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { startThreadAction } from "@/lib/actions/review-actions";
import type { ThreadView } from "@/lib/comments/queries";
import type { Redline } from "@/lib/review/redline/compute-redline";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RedlineView } from "./redline-view";
import { ThreadCard } from "./thread-card";

export interface ReviewWorkspaceProps {
  revisionId: string;
  redline: Redline;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  beforeLabel: string;
  afterLabel: string;
  threads: (ThreadView & { range: { from: number; to: number } | null })[];
  canComment: boolean;
}

/** The review page's body: the redline, commenting on a selected phrase, and the section's threads. */
export function ReviewWorkspace({ revisionId, redline, before, after, beforeLabel, afterLabel, threads, canComment }: ReviewWorkspaceProps) {
  const [draft, setDraft] = useState<{ from: number; to: number; quote: string } | null>(null);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const handleStart = () =>
    startTransition(async () => {
      if (!draft) return;
      const result = await startThreadAction({ revisionId, from: draft.from, to: draft.to, body });
      if (!result.ok) setError(result.error);
      else {
        setDraft(null);
        setBody("");
        setError(null);
        router.refresh();
      }
    });
  const ranges = threads.filter((t) => t.range && !t.resolved).map((t) => ({ ...t.range!, quote: t.quote }));
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
      <RedlineView redline={redline} before={before} after={after} beforeLabel={beforeLabel} afterLabel={afterLabel} threadRanges={ranges} onComment={canComment ? setDraft : undefined} />
      <aside aria-label="Comments" className="flex flex-col gap-2">
        <h2 className="font-medium">Comments ({threads.filter((t) => !t.resolved).length} open)</h2>
        {draft ? (
          <form
            aria-label="New comment"
            className="flex flex-col gap-2 rounded-md border border-blue-300 bg-white p-3 text-sm"
            onSubmit={(e) => {
              e.preventDefault();
              handleStart();
            }}
          >
            <q className="italic">{draft.quote}</q>
            <label className="flex flex-col gap-1">
              Comment
              <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={3} className="rounded border border-slate-300 px-2 py-1" />
            </label>
            {error ? <Alert>{error}</Alert> : null}
            <div className="flex gap-2">
              <Button size="sm" type="submit" disabled={pending || !body.trim()}>Start thread</Button>
              <Button size="sm" variant="ghost" onClick={() => setDraft(null)}>Cancel</Button>
            </div>
          </form>
        ) : null}
        {threads.map((t) => (
          <ThreadCard key={t.id} thread={t} detached={t.range === null} canComment={canComment} />
        ))}
      </aside>
    </div>
  );
}
