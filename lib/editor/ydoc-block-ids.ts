import * as Y from "yjs";
import { blockIdAttribute, carriesBlockId, isBlockId, newBlockId } from "./block-id";
import { FRAGMENT } from "./ydoc-content";

/**
 * Gives every paragraph and heading of a loaded section document a valid id no earlier block has (sections
 * written before block ids existed, or a block copied with its id), in one transaction with `origin`.
 * Returns how many blocks it changed; a document that needs nothing is not touched.
 */
export function ensureBlockIds(doc: Y.Doc, origin: unknown = null): number {
  const seen = new Set<string>();
  const changes: Y.XmlElement[] = [];
  // Document order (the walker descends into matches too: list items hold paragraphs): the first holder keeps an id.
  for (const node of doc.getXmlFragment(FRAGMENT).createTreeWalker((t) => t instanceof Y.XmlElement && carriesBlockId(t.nodeName))) {
    const element = node as Y.XmlElement;
    const id = element.getAttribute(blockIdAttribute);
    if (isBlockId(id) && !seen.has(id)) seen.add(id);
    else changes.push(element);
  }
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
