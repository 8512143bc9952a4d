import { Bookmark, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, Paragraph, TextRun, type ParagraphChild } from "docx";
import { paragraphBookmark } from "./bookmark-names";

type Json = { type?: string; text?: string; attrs?: Record<string, unknown>; marks?: { type: string; attrs?: Record<string, unknown> }[]; content?: Json[] };

export const BULLET_LIST = "folio-bullet";
export const ORDERED_LIST = "folio-ordered";

/** Counters shared by all sections of one export: a marker's footnote number (null: not numbered) and the next ordered list. */
export interface ContentContext {
  nextFootnote: (citationId: string) => number | null;
  nextOrderedList: () => number;
}

const headingLevels = [HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const safeHref = (href: unknown): href is string => typeof href === "string" && /^(https?|mailto):/i.test(href);

function inline(node: Json, ctx: ContentContext): ParagraphChild[] {
  if (node.type === "text") {
    const marks = new Set((node.marks ?? []).map((m) => m.type));
    const href = node.marks?.find((m) => m.type === "link")?.attrs?.href;
    const run = new TextRun({
      text: node.text ?? "",
      bold: marks.has("bold") || undefined,
      italics: marks.has("italic") || undefined,
      strike: marks.has("strike") || undefined,
      underline: marks.has("underline") ? {} : undefined,
      style: safeHref(href) ? "Hyperlink" : undefined,
    });
    return [safeHref(href) ? new ExternalHyperlink({ link: href, children: [run] }) : run];
  }
  if (node.type === "hardBreak") return [new TextRun({ break: 1 })];
  if (node.type === "citation") {
    const n = ctx.nextFootnote(typeof node.attrs?.citationId === "string" ? node.attrs.citationId : "");
    return n === null ? [] : [new FootnoteReferenceRun(n)];
  }
  return (node.content ?? []).flatMap((c) => inline(c, ctx));
}

function withAnchor(node: Json, children: ParagraphChild[]): ParagraphChild[] {
  const name = typeof node.attrs?.id === "string" ? paragraphBookmark(node.attrs.id) : null;
  return name ? [new Bookmark({ id: name, children: [] }), ...children] : children;
}

type ListState = { reference: string; instance: number; level: number } | null;

function blocks(node: Json, ctx: ContentContext, list: ListState, indent: number): Paragraph[] {
  switch (node.type) {
    case "paragraph":
      return [
        new Paragraph({
          children: withAnchor(node, inline(node, ctx)),
          numbering: list ? { reference: list.reference, level: list.level, instance: list.instance } : undefined,
          indent: indent && !list ? { left: indent } : undefined,
        }),
      ];
    case "heading": {
      const level = Math.min(Math.max(Number(node.attrs?.level) || 2, 2), 4);
      return [new Paragraph({ heading: headingLevels[level - 2], children: withAnchor(node, inline(node, ctx)) })];
    }
    case "bulletList":
    case "orderedList": {
      const level = list ? list.level + 1 : 0;
      const next: ListState = node.type === "bulletList" ? { reference: BULLET_LIST, instance: 0, level } : { reference: ORDERED_LIST, instance: list?.reference === ORDERED_LIST ? list.instance : ctx.nextOrderedList(), level };
      return (node.content ?? []).flatMap((item) => blocks(item, ctx, next, indent));
    }
    case "listItem":
      // Only the item's first paragraph carries the number; later ones are indented text of the same item.
      return (node.content ?? []).flatMap((c, i) => blocks(c, ctx, i === 0 || c.type !== "paragraph" ? list : null, i === 0 ? indent : indent + 720 * ((list?.level ?? 0) + 1)));
    case "blockquote":
      return (node.content ?? []).flatMap((c) => blocks(c, ctx, list, indent + 720));
    default:
      return (node.content ?? []).flatMap((c) => blocks(c, ctx, list, indent));
  }
}

/** A section's ProseMirror JSON as Word paragraphs: marks, links, lists, headings, footnote references and anchors. */
export function contentToDocx(content: Record<string, unknown>, ctx: ContentContext): Paragraph[] {
  return blocks(content as Json, ctx, null, 0);
}
