import { updateYFragment } from "y-prosemirror";
import type * as Y from "yjs";
import { sectionSchema } from "@/lib/editor/schema";
import { FRAGMENT, type ProseMirrorJSON } from "@/lib/editor/ydoc-content";

/**
 * Turns a section document into `json` with the smallest Yjs change y-prosemirror finds (blocks that compare
 * equal, block id included, are left as they are), so editors who have the section open keep their place.
 */
export function replaceSectionFragment(doc: Y.Doc, json: ProseMirrorJSON): void {
  const node = sectionSchema().nodeFromJSON(json);
  updateYFragment(doc, doc.getXmlFragment(FRAGMENT), node, { mapping: new Map(), isOMark: new Map() });
}
