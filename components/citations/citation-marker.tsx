"use client";

import { useSyncExternalStore, createContext, useContext } from "react";
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from "@tiptap/react";
import { Citation } from "@/lib/editor/citation-node";
import type { FootnoteStore } from "./footnote-store";

export const FootnoteStoreContext = createContext<FootnoteStore | null>(null);

function CitationMarkerView({ node, selected }: ReactNodeViewProps) {
  const store = useContext(FootnoteStoreContext);
  const id = String(node.attrs.citationId ?? "");
  const note = useSyncExternalStore(
    store?.subscribe ?? (() => () => {}),
    () => store?.get(id),
    () => undefined,
  );
  const label = note ? `Footnote ${note.number}: ${note.text}` : "Footnote";
  return (
    <NodeViewWrapper as="sup" className={`citation-marker ${selected ? "rounded bg-blue-100" : ""}`} data-citation-id={id} title={note?.text} aria-label={label}>
      [{note?.number ?? "…"}]
    </NodeViewWrapper>
  );
}

/** The citation node with a live number and its note on hover (browser only; the schema stays in lib/editor). */
export const CitationWithMarker = Citation.extend({
  addNodeView() {
    return ReactNodeViewRenderer(CitationMarkerView, { as: "span" });
  },
});
