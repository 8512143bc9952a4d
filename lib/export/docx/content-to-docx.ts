import { Bookmark, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, Paragraph, TextRun, type ParagraphChild } from "docx";
import type { JSONContent } from "@tiptap/core";
import { exportUrl } from "@/lib/citations/is-safe-url";
import { renderJsonContent, type JsonContentRenderer, type NodeProps } from "@/lib/content/render-json-content";
import { cleanText } from "../clean-text";
import { paragraphBookmark } from "./bookmark-names";

export const BULLET_LIST = "folio-bullet";
export const ORDERED_LIST = "folio-ordered";

/** Counters shared by all sections of one export: the next footnote number and the next ordered list. */
export interface ContentContext {
  /** The note number of the next citation marker (its id), or null when it has none. */
  nextFootnote: (citationId: string) => number | null;
  nextOrderedList: () => number;
}

const headingLevels = [HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const safeHref = (href: unknown): string | null => {
  if (typeof href !== "string") return null;
  return exportUrl(href) ?? (/^mailto:[^\s<>\\]+$/i.test(href.trim()) ? href.trim() : null);
};

type ListState = { reference: string; instance: number; level: number } | null;

/**
 * What a node renders to: its runs, if read as inline content (text, breaks, footnote references), and its
 * paragraphs once the list and indent it sits in are known (a block's place is decided top-down).
 */
interface WordOut {
  runs: ParagraphChild[];
  blocks: (list: ListState, indent: number) => Paragraph[];
}

const runsOf = (children: WordOut[]) => children.flatMap((c) => c.runs);
const inlineOnly = (runs: ParagraphChild[]): WordOut => ({ runs, blocks: () => [] });
/** Unknown nodes and the document: their children's runs and paragraphs, in place. */
const passThrough = ({ children }: NodeProps<WordOut>): WordOut => ({ runs: runsOf(children), blocks: (list, indent) => children.flatMap((c) => c.blocks(list, indent)) });

function withAnchor(node: JSONContent, children: ParagraphChild[]): ParagraphChild[] {
  const name = typeof node.attrs?.id === "string" ? paragraphBookmark(node.attrs.id) : null;
  return name ? [new Bookmark({ id: name, children: [] }), ...children] : children;
}

function list({ node, children }: NodeProps<WordOut>, ctx: ContentContext): WordOut {
  return {
    runs: runsOf(children),
    blocks: (outer, indent) => {
      const level = outer ? outer.level + 1 : 0;
      const next: ListState = node.type === "bulletList" ? { reference: BULLET_LIST, instance: 0, level } : { reference: ORDERED_LIST, instance: outer?.reference === ORDERED_LIST ? outer.instance : ctx.nextOrderedList(), level };
      return children.flatMap((item) => item.blocks(next, indent));
    },
  };
}

function wordRenderer(ctx: ContentContext): JsonContentRenderer<WordOut> {
  return {
    nodes: {
      doc: passThrough,
      text: ({ node }) => {
        const marks = new Set((node.marks ?? []).map((m) => m.type));
        const href = safeHref(node.marks?.find((m) => m.type === "link")?.attrs?.href);
        const run = new TextRun({
          text: cleanText(node.text ?? "").replace(/\n/g, " "),
          bold: marks.has("bold") || undefined,
          italics: marks.has("italic") || undefined,
          strike: marks.has("strike") || undefined,
          underline: marks.has("underline") ? {} : undefined,
          style: href ? "Hyperlink" : undefined,
        });
        return inlineOnly([href ? new ExternalHyperlink({ link: href, children: [run] }) : run]);
      },
      hardBreak: () => inlineOnly([new TextRun({ break: 1 })]),
      citation: ({ node }) => {
        const n = ctx.nextFootnote(typeof node.attrs?.citationId === "string" ? node.attrs.citationId : "");
        return inlineOnly(n === null ? [] : [new FootnoteReferenceRun(n)]);
      },
      paragraph: ({ node, children }) => ({
        runs: runsOf(children),
        blocks: (list, indent) => [
          new Paragraph({
            children: withAnchor(node, runsOf(children)),
            numbering: list ? { reference: list.reference, level: list.level, instance: list.instance } : undefined,
            indent: indent && !list ? { left: indent } : undefined,
          }),
        ],
      }),
      heading: ({ node, children }) => ({
        runs: runsOf(children),
        blocks: () => {
          const level = Math.min(Math.max(Number(node.attrs?.level) || 2, 2), 4);
          return [new Paragraph({ heading: headingLevels[level - 2], children: withAnchor(node, runsOf(children)) })];
        },
      }),
      bulletList: (props) => list(props, ctx),
      orderedList: (props) => list(props, ctx),
      listItem: ({ node, children }) => ({
        runs: runsOf(children),
        // Only the item's first paragraph carries the number; later ones are indented text of the same item.
        blocks: (list, indent) =>
          children.flatMap((c, i) => {
            const type = (node.content ?? []).filter((n) => typeof n === "object" && n !== null)[i]?.type;
            return c.blocks(i === 0 || type !== "paragraph" ? list : null, i === 0 ? indent : indent + 720 * ((list?.level ?? 0) + 1));
          }),
      }),
      blockquote: ({ children }) => ({ runs: runsOf(children), blocks: (list, indent) => children.flatMap((c) => c.blocks(list, indent + 720)) }),
    },
    unhandledNode: passThrough,
  };
}

/** A section's ProseMirror JSON as Word paragraphs: marks, links, lists, headings, footnote references and anchors. */
export function contentToDocx(content: Record<string, unknown>, ctx: ContentContext): Paragraph[] {
  return renderJsonContent(content, wordRenderer(ctx)).blocks(null, 0);
}
