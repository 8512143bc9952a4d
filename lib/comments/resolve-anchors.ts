import { initProseMirrorDoc, relativePositionToAbsolutePosition } from "y-prosemirror";
import * as Y from "yjs";
import type { AnchorJSON } from "@/lib/db/schema/review";
import { FRAGMENT } from "@/lib/editor/ydoc-content";
import { sectionSchema } from "@/lib/editor/schema";

/** Where each anchor lies in a document state (ProseMirror positions), or null when its text is gone (detached). */
export function resolveAnchors<T extends { id: string; anchorFrom: AnchorJSON; anchorTo: AnchorJSON }>(yState: Uint8Array, threads: T[]): Map<string, { from: number; to: number } | null> {
  const out = new Map<string, { from: number; to: number } | null>();
  if (threads.length === 0) return out;
  const ydoc = new Y.Doc();
  try {
    Y.applyUpdate(ydoc, yState);
    const fragment = ydoc.getXmlFragment(FRAGMENT);
    const { mapping } = initProseMirrorDoc(fragment, sectionSchema());
    for (const t of threads) {
      const at = (json: AnchorJSON) => relativePositionToAbsolutePosition(ydoc, fragment, Y.createRelativePositionFromJSON(json), mapping);
      const from = at(t.anchorFrom);
      const to = at(t.anchorTo);
      out.set(t.id, from !== null && to !== null && to > from ? { from, to } : null);
    }
    return out;
  } finally {
    ydoc.destroy();
  }
}
