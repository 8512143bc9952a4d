"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { HocuspocusProvider } from "@hocuspocus/provider";
import type * as Y from "yjs";
import { formatFootnotes } from "@/lib/citations/format-footnotes";
import type { NoteItem } from "@/lib/citations/types";
import { isCitationOrdersMessage, type CitationOrders } from "@/lib/collab/citation-orders-message";
import { numberReadingOrder } from "@/lib/citations/number-reading-order";
import { yDocCitationIds } from "@/lib/editor/ydoc-citation-ids";
import { FootnoteStore } from "./footnote-store";
import { sourceApi } from "./source-api";

/**
 * Numbers footnotes across the whole profile live: the open section's document plus every other section's
 * stored citation order, which the profile's channel sends on joining and again whenever the server stores a
 * change (no other section is loaded). Formatted in OSCOLA in the browser.
 */
export function useProfileFootnotes({
  profileId,
  channel,
  orders,
  sectionIds,
  currentSectionId,
  currentDoc,
}: {
  profileId: string;
  channel: HocuspocusProvider | null;
  /** Filled in place by the session as the channel's messages arrive (so none is missed before this hook runs). */
  orders: CitationOrders | null;
  sectionIds: string[];
  currentSectionId: string;
  currentDoc: Y.Doc | null;
}) {
  const store = useMemo(() => new FootnoteStore(), []);
  const itemsRef = useRef(new Map<string, NoteItem[]>());
  const foreignRef = useRef(new Set<string>());
  const itemsFor = useCallback((citationId: string) => itemsRef.current.get(citationId), []);
  // After a footnote is edited in place its sources are fetched again (and every number recomputed).
  const [refreshes, setRefreshes] = useState(0);
  const refresh = useCallback((citationId: string) => {
    itemsRef.current.delete(citationId);
    setRefreshes((n) => n + 1);
  }, []);

  useEffect(() => {
    if (!channel || !orders || !currentDoc) return;
    const items = itemsRef.current;
    const foreignIds = foreignRef.current;
    const requested = new Set<string>();
    let frame = 0;
    let disposed = false;

    const recompute = () => {
      frame = 0;
      // The open section's live document is fresher than anything stored.
      const sections = sectionIds.map((id) => ({ id, citationIds: id === currentSectionId ? yDocCitationIds(currentDoc) : (orders[id] ?? []) }));
      const unknown = sections.flatMap((s) => s.citationIds).filter((id) => !items.has(id) && !foreignIds.has(id) && !requested.has(id));
      if (unknown.length) {
        for (const id of unknown) requested.add(id);
        void sourceApi.items([...new Set(unknown)], profileId).then((r) => {
          if (disposed || !r.ok) return;
          for (const id of r.data.foreign ?? []) foreignIds.add(id);
          for (const id of unknown) if (!foreignIds.has(id)) items.set(id, r.data.citations[id] ?? []);
          schedule();
        });
      }
      const { footnotes, foreign } = numberReadingOrder(sections, { has: (id: string) => !foreignIds.has(id) });
      const formatted = formatFootnotes(footnotes.map((o) => ({ items: items.get(o.citationId) ?? [] })));
      store.set(footnotes.map((o, i) => ({ ...formatted[i]!, ...o })), foreign);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(recompute);
    };
    const onStateless = ({ payload }: { payload: string }) => {
      if (isCitationOrdersMessage(payload)) schedule();
    };
    channel.on("stateless", onStateless);
    currentDoc.on("update", schedule);
    schedule();
    return () => {
      disposed = true;
      if (frame) cancelAnimationFrame(frame);
      channel.off("stateless", onStateless);
      currentDoc.off("update", schedule);
    };
  }, [profileId, channel, orders, currentDoc, currentSectionId, sectionIds, store, refreshes]);

  return { store, itemsFor, refresh };
}
