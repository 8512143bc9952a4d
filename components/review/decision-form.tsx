"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { decideRevisionAction } from "@/lib/actions/review-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Approve / Request changes (a note is required for the latter); disabled with the reason when the viewer may not decide. */
export function DecisionForm({ revisionId, contentHash, refusal }: { revisionId: string; contentHash: string; refusal: string | null }) {
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  // The buttons are disabled while the decision is sent (and stay so once it is made), which would drop keyboard
  // focus to <body>: focus moves to the outcome instead, so the keyboard user hears it and continues from there.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) outcome.current?.focus();
  }, [message]);
  const decide = (decision: "approved" | "changes_requested") =>
    startTransition(async () => {
      const result = await decideRevisionAction({ revisionId, decision, note, contentHash });
      if (!result.ok) setMessage({ tone: "error", text: result.error });
      else {
        setMessage({ tone: "success", text: decision === "approved" ? "Approved." : "Changes requested." });
        router.refresh();
      }
    });
  const disabled = pending || refusal !== null;
  return (
    <section aria-label="Decision" className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="font-medium">Decision</h2>
      {refusal ? <p className="text-sm text-slate-700" id="decision-refusal">{refusal}</p> : null}
      <label className="flex flex-col gap-1 text-sm">
        Note to the authors
        <textarea value={note} onChange={(e) => setNote(e.target.value)} disabled={refusal !== null} rows={3} className="rounded border border-slate-300 px-2 py-1" />
      </label>
      <div ref={outcome} tabIndex={-1} className="rounded-md focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600">
        {message ? <Alert tone={message.tone === "success" ? "success" : undefined}>{message.text}</Alert> : null}
      </div>
      <div className="flex gap-2">
        <Button disabled={disabled} aria-describedby={refusal ? "decision-refusal" : undefined} onClick={() => decide("approved")}>
          Approve
        </Button>
        <Button variant="danger" disabled={disabled} aria-describedby={refusal ? "decision-refusal" : undefined} onClick={() => decide("changes_requested")}>
          Request changes
        </Button>
      </div>
    </section>
  );
}
