import * as Y from "yjs";
import { blockIdAttribute, blockIdTypes, isBlockId, newBlockId } from "./block-id";
import { FRAGMENT } from "./ydoc-content";

/**
 * Gives every paragraph and heading of a loaded section document a valid id no earlier block has (sections
 * written before block ids existed, or a block copied with its id), in one transaction with `origin`.
 * Returns how many blocks it changed; a document that needs nothing is not touched.
 */
export function ensureBlockIds(doc: Y.Doc, origin: unknown = null): number {
  const seen = new Set<string>();
  const changes: Y.XmlElement[] = [];
  const visit = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if ((blockIdTypes as readonly string[]).includes(child.nodeName)) {
        const id = child.getAttribute(blockIdAttribute);
        if (isBlockId(id) && !seen.has(id)) seen.add(id);
        else changes.push(child);
      }
      visit(child);
    }
  };
  visit(doc.getXmlFragment(FRAGMENT));
  if (changes.length === 0) return 0;
  doc.transact(() => {
    for (const element of changes) {
      let id = newBlockId();
      while (seen.has(id)) id = newBlockId();
      seen.add(id);
      element.setAttribute(blockIdAttribute, id);
    }
  }, origin);
  return changes.length;
}
