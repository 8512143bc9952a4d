/** The citation ids of a ProseMirror JSON document, in document order. */
export function citationIds(doc: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const n = node as { type?: unknown; attrs?: { citationId?: unknown }; content?: unknown };
    if (n.type === "citation" && typeof n.attrs?.citationId === "string") out.push(n.attrs.citationId);
    if (Array.isArray(n.content)) for (const child of n.content) walk(child);
  };
  walk(doc);
  return out;
}
