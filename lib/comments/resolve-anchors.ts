import { initProseMirrorDoc, relativePositionToAbsolutePosition } from "y-prosemirror";
import * as Y from "yjs";
import type { AnchorJSON } from "@/lib/db/schema/review";
import { FRAGMENT } from "@/lib/editor/ydoc-content";
import { sectionSchema } from "@/lib/editor/schema";
import { relativePositionSchema } from "./relative-position-schema";

type Range = { from: number; to: number } | null;

/**
 * Where each anchor lies in a document state (ProseMirror positions), or null when it cannot be placed: its text
 * is gone, or the stored anchor is not a valid position (rows written before anchors were validated). Total: a
 * bad anchor or state detaches threads, it never throws.
 */
export function resolveAnchors<T extends { id: string; anchorFrom: AnchorJSON; anchorTo: AnchorJSON }>(yState: Uint8Array, threads: T[]): Map<string, Range> {
  const out = new Map<string, Range>(threads.map((t) => [t.id, null]));
  if (threads.length === 0) return out;
  const ydoc = new Y.Doc();
  try {
    Y.applyUpdate(ydoc, yState);
    const fragment = ydoc.getXmlFragment(FRAGMENT);
    const { mapping } = initProseMirrorDoc(fragment, sectionSchema());
    const at = (json: AnchorJSON): number | null => {
      const parsed = relativePositionSchema.safeParse(json);
      if (!parsed.success) return null;
      try {
        return relativePositionToAbsolutePosition(ydoc, fragment, Y.createRelativePositionFromJSON(parsed.data), mapping);
      } catch {
        return null;
      }
    };
    for (const t of threads) {
      const from = at(t.anchorFrom);
      const to = at(t.anchorTo);
      out.set(t.id, from !== null && to !== null && to > from ? { from, to } : null);
    }
  } catch {
    // An unreadable state: every thread stays detached.
  } finally {
    ydoc.destroy();
  }
  return out;
}
