"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { submitForReviewAction, withdrawSubmissionAction } from "@/lib/actions/review-actions";
import type { SectionReviewState } from "@/lib/review/section-review-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRefreshOnFocus } from "./use-refresh-on-focus";

/** Submit for review (with an optional note), withdraw, and the way to the latest revision's review page. */
export function SectionReviewBar({ sectionId, state }: { sectionId: string; state: SectionReviewState }) {
  const [writing, setWriting] = useState(false);
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  useRefreshOnFocus();
  const handleSubmit = () =>
    startTransition(async () => {
      const result = await submitForReviewAction({ sectionId, note });
      setMessage(result.ok ? { ok: true, text: `Submitted as revision ${result.data.number}.` } : { ok: false, text: result.error });
      if (result.ok) {
        setWriting(false);
        setNote("");
        router.refresh();
      }
    });
  const handleWithdraw = () =>
    startTransition(async () => {
      if (!state.open) return;
      const result = await withdrawSubmissionAction({ revisionId: state.open.id });
      setMessage(result.ok ? { ok: true, text: "Withdrawn." } : { ok: false, text: result.error });
      if (result.ok) router.refresh();
    });
  return (
    <section aria-label="Review" className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        {state.latest ? (
          <Link href={`/review/${state.latest.id}`} className="text-blue-800 underline">
            Revision {state.latest.number} ({state.latest.state.replace("_", " ")})
          </Link>
        ) : (
          <span className="text-slate-600">Never submitted.</span>
        )}
        {state.canSubmit && !writing ? (
          <Button size="sm" onClick={() => setWriting(true)}>Submit for review</Button>
        ) : null}
        {state.canWithdraw ? (
          <Button size="sm" variant="secondary" disabled={pending} onClick={handleWithdraw}>Withdraw</Button>
        ) : null}
      </div>
      {writing ? (
        <form
          aria-label="Submit for review"
          className="flex flex-col gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            handleSubmit();
          }}
        >
          <label className="flex flex-col gap-1">
            Note to reviewers (optional)
            <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} className="rounded border border-slate-300 px-2 py-1" />
          </label>
          <div className="flex gap-2">
            <Button size="sm" type="submit" disabled={pending}>{pending ? "Submitting…" : "Submit"}</Button>
            <Button size="sm" variant="ghost" onClick={() => setWriting(false)}>Cancel</Button>
          </div>
        </form>
      ) : null}
      {message ? <Alert tone={message.ok ? "success" : "error"}>{message.text}</Alert> : null}
    </section>
  );
}
