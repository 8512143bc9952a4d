import { attr, rootChildren, tagOf, type XmlNode } from "./word-xml";

/** External hyperlink targets of a part, by relationship id. */
export function readHyperlinks(rels: XmlNode[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rootChildren(rels, "Relationships")) {
    if (tagOf(r) !== "Relationship" || !attr(r, "Type")?.endsWith("/hyperlink")) continue;
    const id = attr(r, "Id");
    const target = attr(r, "Target");
    if (id && target) out.set(id, target);
  }
  return out;
}
