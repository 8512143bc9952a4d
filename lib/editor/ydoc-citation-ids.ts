import * as Y from "yjs";
import { isCitationId } from "./citation-node";
import { FRAGMENT } from "./ydoc-content";

/**
 * The citation ids in a live Y.Doc, in document order (no ProseMirror round trip). A citation only suggested (an
 * insertion suggestion, stored as its `suggestion` attribute) is not numbered until it is accepted.
 */
export function yDocCitationIds(doc: Y.Doc): string[] {
  const out: string[] = [];
  const walker = doc.getXmlFragment(FRAGMENT).createTreeWalker((t) => t instanceof Y.XmlElement && t.nodeName === "citation");
  for (const node of walker) {
    const element = node as Y.XmlElement;
    const suggestion = (element.getAttributes() as Record<string, unknown>).suggestion as { kind?: string } | null | undefined;
    if (suggestion?.kind === "insert") continue;
    const id = element.getAttribute("citationId");
    if (isCitationId(id)) out.push(id);
  }
  return out;
}
