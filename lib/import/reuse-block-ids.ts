import { blockIdAttribute, carriesBlockId, isBlockId } from "@/lib/editor/block-id";
import type { ProseMirrorJSON } from "@/lib/editor/ydoc-content";

type Json = { type?: unknown; attrs?: Record<string, unknown>; content?: unknown };

const contentKey = (node: Json) => `${String(node.type)}|${JSON.stringify({ ...(node.attrs ?? {}), [blockIdAttribute]: undefined })}|${JSON.stringify(node.content ?? [])}`;

/**
 * A copy of `next` in which every paragraph or heading identical to one of `current` (same type, attributes and
 * content) carries that block's id, each id used once in document order: an unchanged paragraph keeps its anchor
 * and stays untouched in the collaborative document, so only what changed shows in the redline.
 */
export function reuseBlockIds(next: ProseMirrorJSON, current: ProseMirrorJSON | null): ProseMirrorJSON {
  const ids = new Map<string, string[]>();
  const collect = (node: Json) => {
    const id = node.attrs?.[blockIdAttribute];
    if (carriesBlockId(node.type) && isBlockId(id)) {
      const k = contentKey(node);
      ids.set(k, [...(ids.get(k) ?? []), id]);
    }
    if (Array.isArray(node.content)) for (const child of node.content as Json[]) collect(child);
  };
  if (current) collect(current as Json);
  const visit = (node: Json): Json => {
    let out = node;
    if (Array.isArray(node.content)) out = { ...out, content: (node.content as Json[]).map(visit) };
    if (carriesBlockId(node.type)) {
      const id = ids.get(contentKey(node))?.shift();
      if (id) out = { ...out, attrs: { ...(out.attrs ?? {}), [blockIdAttribute]: id } };
    }
    return out;
  };
  return visit(next as Json) as ProseMirrorJSON;
}
