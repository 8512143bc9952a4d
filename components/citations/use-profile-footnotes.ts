"use client";

import { useCallback, useEffect, useMemo, useRef } from "react";
import { HocuspocusProvider, type HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import * as Y from "yjs";
import { formatFootnotes } from "@/lib/citations/format-footnotes";
import type { NoteItem } from "@/lib/citations/types";
import { sectionDocumentName } from "@/lib/collab/document-name";
import { yDocCitationIds } from "@/lib/editor/ydoc-citation-ids";
import { FootnoteStore } from "./footnote-store";
import { sourceApi } from "./source-api";

/**
 * Numbers footnotes across the whole profile live: the open section's doc plus the other sections' docs
 * (followed over the same socket), formatted in OSCOLA in the browser.
 */
export function useProfileFootnotes({ socket, sectionIds, currentSectionId, currentDoc }: { socket: HocuspocusProviderWebsocket | null; sectionIds: string[]; currentSectionId: string; currentDoc: Y.Doc | null }) {
  const store = useMemo(() => new FootnoteStore(), []);
  const itemsRef = useRef(new Map<string, NoteItem[]>());
  const itemsFor = useCallback((citationId: string) => itemsRef.current.get(citationId), []);

  useEffect(() => {
    if (!socket || !currentDoc) return;
    const docs = new Map<string, Y.Doc>([[currentSectionId, currentDoc]]);
    const providers: HocuspocusProvider[] = [];
    for (const id of sectionIds) {
      if (id === currentSectionId) continue;
      const doc = new Y.Doc();
      docs.set(id, doc);
      const provider = new HocuspocusProvider({ websocketProvider: socket, name: sectionDocumentName(id), document: doc });
      provider.attach();
      providers.push(provider);
    }
    const items = itemsRef.current;
    const requested = new Set<string>();
    let frame = 0;
    let disposed = false;

    const recompute = () => {
      frame = 0;
      const order = sectionIds.flatMap((sectionId) => (docs.get(sectionId) ? yDocCitationIds(docs.get(sectionId)!) : []).map((citationId) => ({ citationId, sectionId })));
      const unknown = order.map((o) => o.citationId).filter((id) => !items.has(id) && !requested.has(id));
      if (unknown.length) {
        for (const id of unknown) requested.add(id);
        void sourceApi.items([...new Set(unknown)]).then((r) => {
          if (disposed || !r.ok) return;
          for (const id of unknown) items.set(id, r.data.citations[id] ?? []);
          schedule();
        });
      }
      const formatted = formatFootnotes(order.map((o) => ({ items: items.get(o.citationId) ?? [] })));
      store.set(order.map((o, i) => ({ ...formatted[i]!, ...o })));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(recompute);
    };
    for (const doc of docs.values()) doc.on("update", schedule);
    schedule();
    return () => {
      disposed = true;
      if (frame) cancelAnimationFrame(frame);
      for (const doc of docs.values()) doc.off("update", schedule);
      for (const p of providers) {
        p.destroy();
        p.document.destroy();
      }
    };
  }, [socket, currentDoc, currentSectionId, sectionIds, store]);

  return { store, itemsFor };
}
