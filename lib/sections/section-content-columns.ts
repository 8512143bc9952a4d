import { withBlockIds } from "@/lib/editor/block-id";
import { citationIds } from "@/lib/editor/citation-ids";
import { deriveContentFromState, yStateFromJSON, type ProseMirrorJSON } from "@/lib/editor/ydoc-content";

/** The stored columns of a section built from ProseMirror JSON: Yjs state (the source of truth) and what derives from it. */
export interface SectionContentColumns {
  yState: Uint8Array;
  contentJson: ProseMirrorJSON;
  contentText: string;
  citationOrder: string[];
}

/**
 * Builds a section's Yjs state from ProseMirror JSON on the server (every paragraph and heading gets its unique id
 * here: ids the JSON carries, e.g. anchors of a re-imported export, are kept where valid and not repeated), and
 * derives JSON and text from that state.
 */
export function sectionContentColumns(doc: ProseMirrorJSON): SectionContentColumns {
  const yState = yStateFromJSON(withBlockIds(doc));
  const derived = deriveContentFromState(yState);
  return { yState, contentJson: derived.json, contentText: derived.text, citationOrder: citationIds(derived.json) };
}
