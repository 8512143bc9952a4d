import { absolutePositionToRelativePosition, initProseMirrorDoc } from "y-prosemirror";
import * as Y from "yjs";
import { FRAGMENT } from "@/lib/editor/ydoc-content";
import { sectionSchema } from "@/lib/editor/schema";
import { AppError } from "@/lib/errors";

/**
 * Anchors a range of a revision's document as Yjs relative positions. A revision is a state of the section's
 * own Y.Doc, so the anchor names the same items the live draft holds and follows them there.
 * @throws AppError `bad_request:comment` when the range is outside the document
 */
export function revisionAnchor(yState: Uint8Array, from: number, to: number): { anchorFrom: Record<string, unknown>; anchorTo: Record<string, unknown>; quote: string } {
  const ydoc = new Y.Doc();
  try {
    Y.applyUpdate(ydoc, yState);
    const fragment = ydoc.getXmlFragment(FRAGMENT);
    const { doc, mapping } = initProseMirrorDoc(fragment, sectionSchema());
    if (to > doc.content.size) throw new AppError("bad_request:comment", "The selection is outside the revision.", { field: "to" });
    const quote = doc.textBetween(from, to, " ", "").trim();
    if (!quote) throw new AppError("bad_request:comment", "Select the text to comment on.", { field: "to" });
    const rel = (pos: number) => Y.relativePositionToJSON(absolutePositionToRelativePosition(pos, fragment, mapping)) as Record<string, unknown>;
    return { anchorFrom: rel(from), anchorTo: rel(to), quote: quote.slice(0, 2000) };
  } finally {
    ydoc.destroy();
  }
}
