"use client";

import { useEffect, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import type { LinkCheckProgress } from "@/lib/links/link-check-progress";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Request = () => Promise<ActionResult<{ runId: string; total: number; created: boolean } | null>>;

/** Live progress of the link checker (server-sent events), and a button to check every link now. */
export function LinkCheckPanel({ initial, canCheck, enabled, request }: { initial: LinkCheckProgress | null; canCheck: boolean; enabled: boolean; request: Request }) {
  const [progress, setProgress] = useState(initial);
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    const source = new EventSource("/api/link-checks/progress");
    source.onmessage = (e) => setProgress(JSON.parse(e.data) as LinkCheckProgress | null);
    return () => source.close();
  }, []);
  const handleCheck = () =>
    startTransition(async () => {
      const result = await request();
      setMessage(result.ok ? (result.data ? `Queued ${result.data.total} URLs.` : "Every source URL is already up to date.") : result.error);
    });
  const active = progress && progress.state !== "done";
  return (
    <section aria-label="Link checker" className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <p role="status" aria-live="polite" data-testid="link-check-progress">
        {!enabled
          ? "The link checker is off on this server (LINK_CHECK=off)."
          : !progress
            ? "Links have not been checked yet."
            : active
              ? `Checking links: ${progress.done} / ${progress.total}${progress.currentHost ? ` · now ${progress.currentHost}` : ""}`
              : `Last check finished ${progress.finishedAt ? new Date(progress.finishedAt).toLocaleString() : ""}: ${progress.done} / ${progress.total} URLs.`}
      </p>
      {canCheck && enabled ? (
        <Button size="sm" variant="secondary" onClick={handleCheck} disabled={pending || Boolean(active)}>
          Check all links now
        </Button>
      ) : null}
      {message ? <Alert tone="info">{message}</Alert> : null}
    </section>
  );
}
