import type { InlineMark } from "../types";
import { attr, child, childrenOf, isOn, tagOf, textOf, type XmlNode } from "./word-xml";

/** One Word paragraph as the import sees it: plain text, formatting ranges, note references and what was left out. */
export interface WordParagraph {
  text: string;
  marks: InlineMark[];
  /** `w:footnoteReference` ids with their offset in `text`. */
  footnotes: { id: string; offset: number }[];
  bookmarks: string[];
  styleId?: string;
  list?: { numId: string; level: number };
  /** What the paragraph holds that Folio does not import (“an image”, “a comment”, …), once each. */
  unsupported: string[];
}

type Format = { bold: boolean; italic: boolean; underline: boolean; strike: boolean; href?: string };

const skipped: Record<string, string> = {
  "w:drawing": "an image",
  "w:pict": "an image",
  "w:object": "an embedded object",
  "mc:AlternateContent": "an image or text box",
  "w:commentReference": "a comment",
  "w:commentRangeStart": "a comment",
  "w:endnoteReference": "an endnote",
  "m:oMath": "an equation",
  "m:oMathPara": "an equation",
};

function runFormat(run: XmlNode, outer: Format): Format {
  const rPr = child(run, "w:rPr");
  const u = child(rPr, "w:u");
  return {
    ...outer,
    bold: isOn(child(rPr, "w:b")),
    italic: isOn(child(rPr, "w:i")),
    underline: !!u && attr(u, "w:val") !== "none" && !outer.href,
    strike: isOn(child(rPr, "w:strike")) || isOn(child(rPr, "w:dstrike")),
  };
}

/** Reads a `w:p`; `links` resolves hyperlink relationship ids of the part the paragraph is in. */
export function readParagraph(p: XmlNode, links: Map<string, string>): WordParagraph {
  const out: WordParagraph = { text: "", marks: [], footnotes: [], bookmarks: [], unsupported: [] };
  const note = (what: string) => {
    if (!out.unsupported.includes(what)) out.unsupported.push(what);
  };
  const append = (text: string, f: Format) => {
    if (text === "") return;
    const from = out.text.length;
    out.text += text;
    const to = out.text.length;
    const add = (type: InlineMark["type"], href?: string) => {
      const last = out.marks.findLast((m) => m.type === type);
      if (last && last.to === from && last.href === href) last.to = to;
      else out.marks.push(href ? { type, from, to, href } : { type, from, to });
    };
    if (f.bold) add("bold");
    if (f.italic) add("italic");
    if (f.underline) add("underline");
    if (f.strike) add("strike");
    if (f.href) add("link", f.href);
  };
  const walk = (nodes: XmlNode[], f: Format) => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (!tag) continue;
      if (skipped[tag]) {
        note(skipped[tag]);
        continue;
      }
      switch (tag) {
        case "w:pPr": {
          out.styleId = attr(child(node, "w:pStyle"), "w:val");
          const numPr = child(node, "w:numPr");
          const numId = attr(child(numPr, "w:numId"), "w:val");
          if (numId && numId !== "0") out.list = { numId, level: Number(attr(child(numPr, "w:ilvl"), "w:val") ?? 0) || 0 };
          break;
        }
        case "w:r":
          run(node, runFormat(node, f));
          break;
        case "w:hyperlink": {
          const id = attr(node, "r:id");
          const href = id ? links.get(id) : undefined;
          walk(childrenOf(node), href && /^(https?|mailto):/i.test(href) ? { ...f, href } : f);
          break;
        }
        case "w:ins":
        case "w:moveTo":
          note("a tracked change");
          walk(childrenOf(node), f);
          break;
        case "w:del":
        case "w:moveFrom":
          note("a tracked change");
          break;
        case "w:bookmarkStart": {
          const name = attr(node, "w:name");
          if (name) out.bookmarks.push(name);
          break;
        }
        case "w:smartTag":
        case "w:fldSimple":
        case "w:customXml":
        case "w:sdtContent":
          walk(childrenOf(node), f);
          break;
        case "w:sdt":
          walk(childrenOf(child(node, "w:sdtContent") ?? {}), f);
          break;
        default:
          break;
      }
    }
  };
  const run = (r: XmlNode, f: Format) => {
    for (const node of childrenOf(r)) {
      const tag = tagOf(node);
      if (!tag) continue;
      if (skipped[tag]) note(skipped[tag]);
      // Field codes (w:instrText) are not text; a field's result is in ordinary w:t runs.
      else if (tag === "w:t") append(textOf(node), f);
      else if (tag === "w:tab" || tag === "w:br" || tag === "w:cr") append(" ", f);
      else if (tag === "w:noBreakHyphen") append("-", f);
      else if (tag === "w:footnoteReference") out.footnotes.push({ id: attr(node, "w:id") ?? "", offset: out.text.length });
    }
  };
  walk(childrenOf(p), { bold: false, italic: false, underline: false, strike: false });
  return out;
}
