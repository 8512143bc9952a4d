"use client";

import { useState } from "react";
import { Dialog } from "radix-ui";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PublishGateList } from "@/components/freshness/publish-gate-list";
import type { ActionResult } from "@/lib/actions/run-action";
import type { GateProblem } from "@/lib/versions/publish-gate";
import type { PublishVersionInput } from "@/lib/versions/schemas";

import type { PlanRow } from "@/lib/versions/publish-preview";

/**
 * "Publish": shows exactly what goes into the next version, section by section, and asks for a changelog.
 * When the citation policy blocks it, lists the offending footnotes; an admin may publish anyway with a reason.
 */
export function PublishDialog({ iso, nextNumber, rows, hasNew, gate, publish }: { iso: string; nextNumber: number; rows: PlanRow[]; hasNew: boolean; gate: { problems: GateProblem[]; canOverride: boolean }; publish: (iso: string, input: PublishVersionInput) => Promise<ActionResult<{ version: number; contentHash: string }>> }) {
  const [open, setOpen] = useState(false);
  const [changelog, setChangelog] = useState("");
  const [reason, setReason] = useState("");
  const blocked = gate.problems.length > 0;
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [published, setPublished] = useState<number>();

  async function handlePublish(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    const r = await publish(iso, blocked ? { changelog, overrideReason: reason } : { changelog });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setPublished(r.data.version);
    setChangelog("");
    setReason("");
  }

  return (
    <Dialog.Root open={open} onOpenChange={(o) => { setOpen(o); if (!o) { setError(undefined); setPublished(undefined); } }}>
      <Dialog.Trigger asChild>
        <Button>Publish</Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-slate-900/30" />
        <Dialog.Content className="fixed left-1/2 top-12 flex max-h-[85vh] w-[40rem] max-w-[95vw] -translate-x-1/2 flex-col gap-3 overflow-auto rounded-lg bg-white p-5 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">Publish version {nextNumber}</Dialog.Title>
          <Dialog.Description className="text-sm text-slate-600">Each section goes in as its newest approved revision; a section never approved is left out.</Dialog.Description>
          <ul aria-label="What goes into this version" className="flex flex-col gap-1 text-sm">
            {rows.map((r) => (
              <li key={r.id} style={{ paddingLeft: `${r.depth * 1.25}rem` }} className="flex gap-2">
                <span className="font-medium">{r.title}</span>
                <span className={r.included ? "text-slate-700" : "text-amber-800"}>— {r.line}</span>
              </li>
            ))}
          </ul>
          {!hasNew ? <Alert tone="info">Nothing approved is new since the last version.</Alert> : null}
          {published ? null : <PublishGateList problems={gate.problems} canOverride={gate.canOverride} />}
          {published ? (
            <Alert tone="success">
              Published version {published}. <a className="underline" href={`/profiles/${iso.toLowerCase()}`}>Open the public page</a>
            </Alert>
          ) : (
            <form onSubmit={handlePublish} className="flex flex-col gap-2">
              <label htmlFor="changelog" className="text-sm font-medium">Changelog (required)</label>
              <textarea id="changelog" required value={changelog} onChange={(e) => setChangelog(e.target.value)} rows={3} className="rounded-md border border-slate-300 p-2 text-sm" aria-invalid={error ? true : undefined} />
              {blocked && gate.canOverride ? (
                <>
                  <label htmlFor="override-reason" className="text-sm font-medium">Reason to publish over the citation policy (required; kept in the audit log and shown in the version&apos;s history)</label>
                  <textarea id="override-reason" required value={reason} onChange={(e) => setReason(e.target.value)} rows={2} className="rounded-md border border-slate-300 p-2 text-sm" />
                </>
              ) : null}
              {error ? <Alert>{error}</Alert> : null}
              <div className="flex justify-end gap-2">
                <Dialog.Close asChild>
                  <Button variant="secondary">Cancel</Button>
                </Dialog.Close>
                <Button type="submit" disabled={busy || !hasNew || (blocked && !gate.canOverride)}>{busy ? "Publishing…" : blocked && gate.canOverride ? `Publish version ${nextNumber} anyway` : `Publish version ${nextNumber}`}</Button>
              </div>
            </form>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
