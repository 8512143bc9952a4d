"use client";

import { useCallback, useEffect, useMemo } from "react";
import type { HocuspocusProvider } from "@hocuspocus/provider";
import * as Y from "yjs";
import { formatFootnotes } from "@/lib/citations/format-footnotes";
import { isCitationOrdersMessage, type CitationOrders } from "@/lib/collab/citation-orders-message";
import { numberReadingOrder } from "@/lib/citations/number-reading-order";
import { yDocCitationIds } from "@/lib/editor/ydoc-citation-ids";
import { FRAGMENT } from "@/lib/editor/ydoc-content";
import { mayMoveMarkers } from "@/lib/editor/may-move-markers";
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
  // After a footnote is edited in place its sources are read again (and every number recomputed).
  const refresh = useCallback((citationId: string) => sources.forget(citationId), [sources]);

  // Back in touch with the server: a read that failed (offline, say) is tried again without a click.
  useEffect(() => {
    if (ordersState === "live") sources.retry();
  }, [ordersState, sources]);

  useEffect(() => {
    if (!channel || !orders || !currentDoc) return;
    let frame = 0;
    // Sources read again: publish even an unchanged text (the citation check reads the items themselves).
    let force = true;
    // The open section's markers as last read, and whether a change may have moved them since.
    let current: string[] = [];
    let currentMoved = true;
    let last: readonly (readonly string[])[] = [];

    const recompute = () => {
      frame = 0;
      // The open section's live document is fresher than anything stored.
      if (currentMoved) current = yDocCitationIds(currentDoc);
      currentMoved = false;
      const sections = sectionIds.map((id) => ({ id, citationIds: id === currentSectionId ? current : (orders[id] ?? []) }));
      // The channel sends every section's order whenever the server stores a change (typing here included):
      // nothing to renumber unless some marker moved.
      const same = last.length === sections.length && sections.every((x, i) => sameIds(x.citationIds, last[i]!));
      if (same && !force) return;
      last = sections.map((x) => [...x.citationIds]);
      const ids = sections.flatMap((x) => x.citationIds);
      sources.want(ids);
      const { footnotes, foreign } = numberReadingOrder(sections, { has: (id: string) => !sources.isForeign(id) });
      const formatted = formatFootnotes(footnotes.map((o) => ({ items: sources.items(o.citationId) ?? [] })));
      store.set(
        footnotes.map((o, i) => ({ ...formatted[i]!, ...o })),
        foreign,
        { error: sources.error, loading: !sources.complete(ids), orders: ordersState },
        force,
      );
      force = false;
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(recompute);
    };
    const onSources = () => {
      force = true;
      schedule();
    };
    const onStateless = ({ payload }: { payload: string }) => {
      if (isCitationOrdersMessage(payload)) schedule();
    };
    // Typing changes only the text inside a paragraph: no marker comes, goes or moves, so nothing is renumbered.
    const fragment = currentDoc.getXmlFragment(FRAGMENT);
    const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      if (!events.some(mayMoveMarkers)) return;
      currentMoved = true;
      schedule();
    };
    const unsubscribe = sources.subscribe(onSources);
    channel.on("stateless", onStateless);
    fragment.observeDeep(onChange);
    schedule();
    return () => {
      if (frame) cancelAnimationFrame(frame);
      unsubscribe();
      channel.off("stateless", onStateless);
      fragment.unobserveDeep(onChange);
    };
  }, [channel, orders, ordersState, currentDoc, currentSectionId, sectionIds, sources, store]);

  return { store, itemsFor, retry, refresh };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
