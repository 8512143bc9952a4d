"use client";

import { useCallback, useEffect, useMemo } from "react";
import type { HocuspocusProvider } from "@hocuspocus/provider";
import type * as Y from "yjs";
import { formatFootnotes } from "@/lib/citations/format-footnotes";
import { isCitationOrdersMessage, type CitationOrders } from "@/lib/collab/citation-orders-message";
import { splitOwnCitations } from "@/lib/citations/own-citations";
import { yDocCitationIds } from "@/lib/editor/ydoc-citation-ids";
import { FootnoteSources } from "./footnote-sources";
import { FootnoteStore } from "./footnote-store";
import { sourceApi } from "./source-api";

/**
 * Numbers footnotes across the whole profile live: the open section's document plus every other section's
 * stored citation order, which the profile's channel sends on joining and again whenever the server stores a
 * change (no other section is loaded). Offline, the orders last kept with the device copy stand in, and the
 * store says the numbers may be out of date. Sources are read for the whole profile (`FootnoteSources`), and a
 * failed read is shown, never an empty note. Formatted in OSCOLA in the browser.
 */
export function useProfileFootnotes({
  profileId,
  channel,
  orders,
  ordersState,
  sectionIds,
  currentSectionId,
  currentDoc,
}: {
  profileId: string;
  channel: HocuspocusProvider | null;
  /** Filled in place by the session as the channel's messages arrive (so none is missed before this hook runs). */
  orders: CitationOrders | null;
  /** Whether `orders` are live, last known (offline) or none yet. */
  ordersState: "live" | "last-known" | "none";
  sectionIds: string[];
  currentSectionId: string;
  currentDoc: Y.Doc | null;
}) {
  const store = useMemo(() => new FootnoteStore(), []);
  const sources = useMemo(() => new FootnoteSources(profileId, sourceApi), [profileId]);
  const itemsFor = useCallback((citationId: string) => sources.items(citationId), [sources]);
  const retry = useCallback(() => sources.retry(), [sources]);

  // Back in touch with the server: a read that failed (offline, say) is tried again without a click.
  useEffect(() => {
    if (ordersState === "live") sources.retry();
  }, [ordersState, sources]);

  useEffect(() => {
    if (!channel || !orders || !currentDoc) return;
    let frame = 0;

    const recompute = () => {
      frame = 0;
      // The open section's live document is fresher than anything stored.
      const all = sectionIds.flatMap((sectionId) => (sectionId === currentSectionId ? yDocCitationIds(currentDoc) : (orders[sectionId] ?? [])).map((citationId) => ({ citationId, sectionId })));
      const ids = all.map((o) => o.citationId);
      sources.want(ids);
      const { own: order, foreign } = splitOwnCitations(all, { has: (id: string) => !sources.isForeign(id) });
      const formatted = formatFootnotes(order.map((o) => ({ items: sources.items(o.citationId) ?? [] })));
      store.set(
        order.map((o, i) => ({ ...formatted[i]!, ...o })),
        foreign,
        { error: sources.error, loading: !sources.complete(ids), orders: ordersState },
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(recompute);
    };
    const onStateless = ({ payload }: { payload: string }) => {
      if (isCitationOrdersMessage(payload)) schedule();
    };
    const unsubscribe = sources.subscribe(schedule);
    channel.on("stateless", onStateless);
    currentDoc.on("update", schedule);
    schedule();
    return () => {
      if (frame) cancelAnimationFrame(frame);
      unsubscribe();
      channel.off("stateless", onStateless);
      currentDoc.off("update", schedule);
    };
  }, [channel, orders, ordersState, currentDoc, currentSectionId, sectionIds, sources, store]);

  return { store, itemsFor, retry };
}
