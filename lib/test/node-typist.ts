import * as Y from "yjs";
import { FRAGMENT } from "@/lib/editor/ydoc-content";

function firstText(doc: Y.Doc): Y.XmlText {
  const paragraph = doc.getXmlFragment(FRAGMENT).get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : undefined;
  if (!(text instanceof Y.XmlText)) throw new Error("The document's first paragraph has no text to type into.");
  return text;
}

/**
 * Types into the first paragraph the way an editor does, one insert per call, after its own previous insert
 * (so each typist's text stays contiguous while others type elsewhere in the same paragraph).
 */
export class NodeTypist {
  private cursor: Y.RelativePosition | null = null;

  constructor(private readonly doc: Y.Doc) {}

  type(chars: string): void {
    const text = firstText(this.doc);
    let index = text.length;
    if (this.cursor) {
      const at = Y.createAbsolutePositionFromRelativePosition(this.cursor, this.doc);
      if (at && at.type === text) index = at.index;
    }
    text.insert(index, chars);
    this.cursor = Y.createRelativePositionFromTypeIndex(text, index + chars.length, -1);
  }
}

/** The plain text of a section document's first paragraph. */
export function firstParagraphText(doc: Y.Doc): string {
  return firstText(doc).toString();
}

/** Appends a paragraph holding one footnote marker (a citation node), as the cite dialog inserts one. */
export function appendCitation(doc: Y.Doc, citationId: string): void {
  const paragraph = new Y.XmlElement("paragraph");
  const citation = new Y.XmlElement("citation");
  citation.setAttribute("citationId", citationId);
  paragraph.insert(0, [citation]);
  doc.getXmlFragment(FRAGMENT).push([paragraph]);
}
