"use client";

import { useRef, useState, type RefObject } from "react";
import { Dialog } from "radix-ui";
import type { SourceSummary } from "@/lib/citations/queries";
import { Button } from "@/components/ui/button";
import { sourceApi } from "./source-api";
import { SourcePicker } from "./source-picker";
import { localToday } from "./local-today";

interface Item {
  source: SourceSummary;
  accessed: string;
  pinpoint: string;
}


/**
 * Chooses one or more sources with access dates and pinpoints, records the citation, and hands its id back.
 * Closed without inserting, it gives focus back to `returnFocusRef` (the toolbar's Cite button).
 */
export function CiteDialog({ sectionId, open, onOpenChange, onCited, returnFocusRef }: { sectionId: string; open: boolean; onOpenChange: (open: boolean) => void; onCited: (citationId: string) => void; returnFocusRef?: RefObject<HTMLElement | null> }) {
  const [items, setItems] = useState<Item[]>([]);
  const [error, setError] = useState<{ message: string; field?: string }>();
  const [busy, setBusy] = useState(false);
  // The source just picked: its access date is the next field to fill, so it takes the focus.
  const focusNext = useRef<string | null>(null);
  const inserted = useRef(false);

  const reset = () => {
    setItems([]);
    setError(undefined);
  };

  function handlePick(source: SourceSummary) {
    focusNext.current = source.id;
    setItems((list) => (list.some((i) => i.source.id === source.id) ? list : [...list, { source, accessed: localToday(), pinpoint: "" }]));
  }

  function update(index: number, patch: Partial<Item>) {
    setItems((list) => list.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  }

  // An error about the removed source (or about an index that now shifts) no longer applies.
  function handleRemove(index: number) {
    setItems((list) => list.filter((_, j) => j !== index));
    setError(undefined);
  }

  async function handleInsert() {
    setBusy(true);
    setError(undefined);
    const r = await sourceApi.cite({ sectionId, items: items.map((i) => ({ sourceId: i.source.id, accessed: i.accessed || null, pinpoint: i.pinpoint || null })) });
    setBusy(false);
    if (!r.ok) return setError({ message: r.error, field: r.field });
    inserted.current = true;
    onCited(r.data.citationId);
    reset();
    onOpenChange(false);
  }

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(o) => {
        if (!o) reset();
        onOpenChange(o);
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-slate-900/30" />
        <Dialog.Content
          onOpenAutoFocus={() => {
            inserted.current = false;
          }}
          onCloseAutoFocus={(e) => {
            if (inserted.current || !returnFocusRef?.current) return;
            e.preventDefault();
            returnFocusRef.current.focus();
          }}
          className="fixed left-1/2 top-12 flex max-h-[85vh] w-[44rem] max-w-[95vw] -translate-x-1/2 flex-col gap-3 overflow-auto rounded-lg bg-white p-5 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">Cite a source</Dialog.Title>
          <Dialog.Description className="text-sm text-slate-600">Pick one or more sources for this footnote. The access date is today unless you change it.</Dialog.Description>
          <SourcePicker onPick={handlePick} />
          <section aria-label="Sources in this footnote" className="flex flex-col gap-2 rounded border border-slate-200 p-3">
            {items.length === 0 ? <p className="text-sm text-slate-600">No source chosen yet.</p> : null}
            {items.map((item, i) => (
              <div key={item.source.id} className="grid grid-cols-[minmax(0,1fr)_9rem_7rem_auto] items-end gap-2 text-sm">
                <span className="self-center font-medium [overflow-wrap:anywhere]">{item.source.title}</span>
                <label className="flex flex-col">
                  Accessed
                  <input
                    type="date"
                    value={item.accessed}
                    max={localToday()}
                    onChange={(e) => update(i, { accessed: e.target.value })}
                    ref={(el) => {
                      if (el && focusNext.current === item.source.id) {
                        focusNext.current = null;
                        el.focus();
                      }
                    }}
                    aria-invalid={error?.field === `items.${i}.accessed` ? true : undefined}
                    className="rounded border border-slate-300 px-1 py-1"
                  />
                </label>
                <label className="flex flex-col">
                  Pinpoint
                  <input value={item.pinpoint} placeholder="e.g. para 4" onChange={(e) => update(i, { pinpoint: e.target.value })} className="rounded border border-slate-300 px-1 py-1" />
                </label>
                <Button size="sm" variant="ghost" aria-label={`Remove ${item.source.title}`} onClick={() => handleRemove(i)}>
                  Remove
                </Button>
              </div>
            ))}
          </section>
          {error ? (
            <p role="alert" className="text-sm text-red-700">
              {error.message}
            </p>
          ) : null}
          <div className="flex justify-end gap-2">
            <Dialog.Close asChild>
              <Button variant="secondary">Cancel</Button>
            </Dialog.Close>
            <Button onClick={() => void handleInsert()} disabled={busy || items.length === 0}>
              {busy ? "Inserting…" : "Insert footnote"}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
