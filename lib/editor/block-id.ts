/**
 * Unique block ids: every paragraph and heading of a section carries an `id` attribute that the editor assigns
 * to new blocks (UniqueID), the server assigns to content it writes and to blocks loaded without one, and
 * publishing turns into the block's stable anchor (`p-…`), so links into old versions keep landing.
 */
export const blockIdTypes = ["paragraph", "heading"] as const;
export const blockIdAttribute = "id";

const validBlockId = /^[A-Za-z0-9_-]{4,64}$/;
const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

/** A new random id (12 characters of [a-z0-9], about 62 bits); uses getRandomValues, which plain-http pages have too. */
export function newBlockId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  let id = "";
  for (const b of bytes) id += alphabet[b % alphabet.length];
  return id;
}

export const isBlockId = (value: unknown): value is string => typeof value === "string" && validBlockId.test(value);

/** Whether nodes of this type (a ProseMirror type or Yjs element name) carry a block id. */
export const carriesBlockId = (type: unknown): boolean => (blockIdTypes as readonly unknown[]).includes(type);

type Json = { type?: unknown; attrs?: Record<string, unknown>; content?: unknown };

/**
 * A copy of ProseMirror JSON in which every paragraph and heading has a valid id no earlier block has: ids that
 * are missing, malformed or repeated (a copied block) are replaced; the first holder of an id keeps it.
 */
export function withBlockIds<T extends object>(doc: T): T {
  const seen = new Set<string>();
  const visit = (node: Json): Json => {
    let out: Json = node;
    if (carriesBlockId(node.type)) {
      const id = node.attrs?.[blockIdAttribute];
      const keep = isBlockId(id) && !seen.has(id);
      const chosen = keep ? id : newBlockId();
      seen.add(chosen);
      if (!keep) out = { ...node, attrs: { ...(node.attrs ?? {}), [blockIdAttribute]: chosen } };
    }
    if (Array.isArray(node.content)) out = { ...out, content: (node.content as Json[]).map(visit) };
    return out;
  };
  return visit(doc as Json) as T;
}
