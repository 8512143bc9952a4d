"use client";

import { useEffect, useState } from "react";
import type { Editor } from "@tiptap/react";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { relativePositionToAbsolutePosition, ySyncPluginKey } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import type { ThreadView } from "@/lib/comments/queries";
import type { relativePositionSchema as RelativePositionSchema } from "@/lib/comments/relative-position-schema";

export type AnchorRanges = Map<string, { from: number; to: number } | null>;

const key = new PluginKey("commentAnchors");

/** Where each thread's Yjs relative positions lie in the editor's current document (null: its text is gone). */
export function anchorRanges(state: EditorState, threads: ThreadView[], relativePositionSchema: typeof RelativePositionSchema): AnchorRanges {
  const out: AnchorRanges = new Map();
  const sync = ySyncPluginKey.getState(state) as { doc: Y.Doc; type: Y.XmlFragment; binding?: { mapping: Map<unknown, unknown> } } | undefined;
  if (!sync?.binding) return out;
  for (const t of threads) {
    // Total, like the server's resolveAnchors: an anchor that is not a valid position is detached, never an error.
    const at = (json: Record<string, unknown>): number | null => {
      const parsed = relativePositionSchema.safeParse(json);
      if (!parsed.success) return null;
      try {
        return relativePositionToAbsolutePosition(sync.doc, sync.type, Y.createRelativePositionFromJSON(parsed.data), sync.binding!.mapping as never);
      } catch {
        return null;
      }
    };
    const from = at(t.anchorFrom);
    const to = at(t.anchorTo);
    out.set(t.id, from !== null && to !== null && to > from ? { from, to } : null);
  }
  return out;
}

/** Highlights open threads' ranges in the live editor (they follow concurrent edits) and reports where each lies. */
export function useCommentAnchors(editor: Editor | null, threads: ThreadView[]): AnchorRanges {
  const [ranges, setRanges] = useState<AnchorRanges>(new Map());
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    // No thread: nothing to highlight or place, and nothing to do on each keystroke.
    if (threads.length === 0) {
      const frame = requestAnimationFrame(() => setRanges((before) => (before.size === 0 ? before : new Map())));
      return () => cancelAnimationFrame(frame);
    }
    let detach: (() => void) | null = null;
    let cancelled = false;
    // The anchors' schema (and zod with it) is loaded only for a section with threads: most open without any.
    void import("@/lib/comments/relative-position-schema").then(({ relativePositionSchema }) => {
      if (!cancelled && !editor.isDestroyed) detach = highlightAnchors(editor, threads, relativePositionSchema, setRanges);
    });
    return () => {
      cancelled = true;
      detach?.();
    };
  }, [editor, threads]);
  return ranges;
}

function highlightAnchors(editor: Editor, threads: ThreadView[], schema: typeof RelativePositionSchema, setRanges: (update: (before: AnchorRanges) => AnchorRanges) => void): () => void {
  const open = threads.filter((t) => !t.resolved);
  const plugin = new Plugin({
    key,
    props: {
      decorations: (state) => {
        const decos: Decoration[] = [];
        for (const [id, r] of anchorRanges(state, open, schema)) if (r) decos.push(Decoration.inline(r.from, r.to, { class: "comment-anchor", "data-thread-id": id }));
        return DecorationSet.create(state.doc, decos);
      },
    },
  });
  editor.registerPlugin(plugin);
  let frame = 0;
  const handleChange = () => {
    cancelAnimationFrame(frame);
    // Every transaction (each keystroke): a new map, so a render of the margin, only when a range moved.
    frame = requestAnimationFrame(() => {
      const next = anchorRanges(editor.state, threads, schema);
      setRanges((before) => (sameRanges(before, next) ? before : next));
    });
  };
  handleChange();
  editor.on("transaction", handleChange);
  return () => {
    cancelAnimationFrame(frame);
    editor.off("transaction", handleChange);
    if (!editor.isDestroyed) editor.unregisterPlugin(key);
  };
}

function sameRanges(a: AnchorRanges, b: AnchorRanges): boolean {
  if (a.size !== b.size) return false;
  for (const [id, r] of a) {
    const o = b.get(id);
    if (!b.has(id) || (r === null ? o !== null : o === null || o === undefined || o.from !== r.from || o.to !== r.to)) return false;
  }
  return true;
}
