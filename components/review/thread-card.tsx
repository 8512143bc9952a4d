"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { replyToThreadAction, setThreadResolvedAction } from "@/lib/actions/review-actions";
import type { ThreadView } from "@/lib/comments/queries";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** One comment thread: quoted text (marked when detached), messages, reply, resolve / reopen. */
export function ThreadCard({ thread, detached, canComment, onFocus }: { thread: ThreadView; detached: boolean; canComment: boolean; onFocus?: () => void }) {
  const [reply, setReply] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const run = (task: () => Promise<{ ok: boolean; error?: string }>) =>
    startTransition(async () => {
      const result = await task();
      if (!result.ok) setError(result.error ?? "Something went wrong.");
      else {
        setError(null);
        setReply("");
        router.refresh();
      }
    });
  return (
    <article id={`thread-${thread.id}`} tabIndex={-1} aria-label={`Thread on “${thread.quote}”`} className={`flex scroll-mt-16 target:ring-2 target:ring-blue-600 flex-col gap-2 rounded-md border p-3 text-sm ${thread.resolved ? "border-slate-200 bg-slate-50 opacity-75" : "border-amber-300 bg-white"}`} data-thread-id={thread.id}>
      <button type="button" className="text-left text-xs text-slate-600" onClick={onFocus}>
        <q className="italic">{thread.quote}</q>
        {detached ? <span className="ml-1 rounded bg-slate-200 px-1">detached: its text was deleted</span> : null}
        {thread.resolved ? <span className="ml-1 rounded bg-green-100 px-1">resolved</span> : null}
      </button>
      <ol className="flex flex-col gap-1">
        {thread.messages.map((m) => (
          <li key={m.id}>
            <span className="font-medium">{m.authorName}</span>: <span className="whitespace-pre-wrap">{m.body}</span>
          </li>
        ))}
      </ol>
      {error ? <Alert>{error}</Alert> : null}
      {canComment && !thread.resolved ? (
        <form
          className="flex gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => replyToThreadAction({ threadId: thread.id, body: reply }));
          }}
        >
          <label className="sr-only" htmlFor={`reply-${thread.id}`}>Reply</label>
          <input id={`reply-${thread.id}`} value={reply} onChange={(e) => setReply(e.target.value)} placeholder="Reply…" className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1" />
          <Button size="sm" type="submit" variant="secondary" disabled={pending || !reply.trim()}>Reply</Button>
        </form>
      ) : null}
      {thread.canResolve ? (
        <Button size="sm" variant="ghost" className="self-start" disabled={pending} onClick={() => run(() => setThreadResolvedAction({ threadId: thread.id, resolved: !thread.resolved }))}>
          {thread.resolved ? "Reopen" : "Resolve"}
        </Button>
      ) : null}
    </article>
  );
}
