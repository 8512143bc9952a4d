import * as Y from "yjs";
import { isCitationId } from "./citation-node";
import { FRAGMENT } from "./ydoc-content";

/** The citation ids in a live Y.Doc, in document order (no ProseMirror round trip). */
export function yDocCitationIds(doc: Y.Doc): string[] {
  const out: string[] = [];
  const walker = doc.getXmlFragment(FRAGMENT).createTreeWalker((t) => t instanceof Y.XmlElement && t.nodeName === "citation");
  for (const node of walker) {
    const id = (node as Y.XmlElement).getAttribute("citationId");
    if (isCitationId(id)) out.push(id);
  }
  return out;
}
