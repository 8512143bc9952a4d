import { attr, child, rootChildren, tagOf, type XmlNode } from "./word-xml";

/** What a paragraph style means to the import: a heading level (1–9), the document title, or neither. */
export interface StyleInfo {
  heading: number | null;
  title: boolean;
}

interface RawStyle {
  name: string;
  outline: number | null;
  basedOn: string | null;
}

function own(raw: RawStyle, id: string): StyleInfo {
  const name = raw.name.toLowerCase();
  const byName = /^heading\s*([1-9])$/.exec(name) ?? /^heading([1-9])$/i.exec(id);
  if (byName) return { heading: Number(byName[1]), title: false };
  if (name === "title" || id === "Title") return { heading: null, title: true };
  return { heading: raw.outline === null ? null : raw.outline + 1, title: false };
}

/** Paragraph styles by id, following `basedOn` (so a custom style based on Heading 1 is a heading). */
export function readStyles(styles: XmlNode[]): Map<string, StyleInfo> {
  const raw = new Map<string, RawStyle>();
  for (const s of rootChildren(styles, "w:styles")) {
    if (tagOf(s) !== "w:style" || attr(s, "w:type") !== "paragraph") continue;
    const id = attr(s, "w:styleId");
    if (!id) continue;
    const outline = attr(child(child(s, "w:pPr"), "w:outlineLvl"), "w:val");
    const level = outline === undefined ? null : Number(outline);
    raw.set(id, { name: attr(child(s, "w:name"), "w:val") ?? id, outline: level !== null && level >= 0 && level < 9 ? level : null, basedOn: attr(child(s, "w:basedOn"), "w:val") ?? null });
  }
  const out = new Map<string, StyleInfo>();
  const resolve = (id: string, depth: number): StyleInfo => {
    const r = raw.get(id);
    if (!r) return builtInStyle(id);
    const info = own(r, id);
    if (info.heading !== null || info.title || !r.basedOn || depth > 10) return info;
    return resolve(r.basedOn, depth + 1);
  };
  for (const id of raw.keys()) out.set(id, resolve(id, 0));
  return out;
}

/** What one of Word's built-in style ids means when styles.xml does not define it. */
const builtInStyle = (id: string): StyleInfo => ({ heading: /^Heading([1-9])$/.test(id) ? Number(id.slice(7)) : null, title: id === "Title" });

/** Style of a paragraph id that styles.xml does not define (Word's built-in ids still mean headings). */
export function styleInfo(styles: Map<string, StyleInfo>, id: string | undefined): StyleInfo {
  if (!id) return { heading: null, title: false };
  return styles.get(id) ?? builtInStyle(id);
}
