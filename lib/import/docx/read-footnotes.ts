import { readBookmark } from "@/lib/export/docx/bookmark-names";
import { readParagraph } from "./read-paragraph";
import { attr, childrenOf, rootChildren, tagOf, type XmlNode } from "./word-xml";

/** A footnote's text (paragraphs joined by a space), the registry sources its bookmarks name, and what was left out. */
export interface WordFootnote {
  text: string;
  sourceIds: string[];
  unsupported: string[];
}

/** The footnotes of `word/footnotes.xml` by id, without Word's separator notes. */
export function readFootnotes(footnotes: XmlNode[], links: Map<string, string>): Map<string, WordFootnote> {
  const out = new Map<string, WordFootnote>();
  for (const f of rootChildren(footnotes, "w:footnotes")) {
    const type = attr(f, "w:type");
    if (tagOf(f) !== "w:footnote" || (type !== undefined && type !== "normal")) continue;
    const paragraphs = childrenOf(f)
      .filter((p) => tagOf(p) === "w:p")
      .map((p) => readParagraph(p, links));
    const sourceIds = paragraphs.flatMap((p) => p.bookmarks.map(readBookmark)).flatMap((b) => (b?.kind === "source" ? [b.sourceId] : []));
    out.set(attr(f, "w:id") ?? "", {
      text: paragraphs.map((p) => p.text.trim()).filter(Boolean).join(" "),
      sourceIds,
      unsupported: [...new Set(paragraphs.flatMap((p) => p.unsupported))],
    });
  }
  return out;
}
