import type { ProseMirrorJSON } from "@/lib/editor/ydoc-content";
import type { InlineMark, ParsedParagraph } from "./types";

type CitationFor = (note: number) => string | null;
type Node = { type: string; text?: string; attrs?: Record<string, unknown>; marks?: { type: string; attrs?: Record<string, unknown> }[]; content?: Node[] };

function marksAt(marks: InlineMark[], from: number, to: number): Node["marks"] {
  const on = marks.filter((m) => m.from <= from && m.to >= to);
  return on.length ? on.map((m) => (m.type === "link" ? { type: "link", attrs: { href: m.href ?? null } } : { type: m.type })) : undefined;
}

/** A paragraph's inline content: text split where formatting changes, a citation node at each note marker. */
function inlineContent(p: ParsedParagraph, citationFor: CitationFor): Node[] {
  const marks = p.marks ?? [];
  const cuts = new Set([0, p.text.length, ...p.markers.map((m) => m.offset), ...marks.flatMap((m) => [m.from, m.to])]);
  const points = [...cuts].filter((c) => c >= 0 && c <= p.text.length).sort((a, b) => a - b);
  const markers = [...p.markers].sort((a, b) => a.offset - b.offset);
  const content: Node[] = [];
  let next = 0;
  const citationsAt = (offset: number) => {
    while (next < markers.length && markers[next]!.offset <= offset) {
      const id = citationFor(markers[next++]!.note);
      if (id) content.push({ type: "citation", attrs: { citationId: id } });
    }
  };
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    citationsAt(from);
    const node: Node = { type: "text", text: p.text.slice(from, to) };
    const m = marksAt(marks, from, to);
    if (m) node.marks = m;
    content.push(node);
  }
  citationsAt(p.text.length);
  return content;
}

function block(p: ParsedParagraph, citationFor: CitationFor): Node {
  const content = inlineContent(p, citationFor);
  // A Folio export's paragraph bookmark becomes the block's id again, so its public anchor survives the round trip.
  // (The anchor is `p-` and the id; an invalid one is replaced when the content is written.)
  const id = p.anchor ? { id: p.anchor.replace(/^p-/, "") } : null;
  const type: Node = p.block?.kind === "heading" ? { type: "heading", attrs: { level: Math.min(Math.max(p.block.level, 2), 4), ...id } } : id ? { type: "paragraph", attrs: id } : { type: "paragraph" };
  return content.length ? { ...type, content } : type;
}

/** A section's paragraphs as a ProseMirror doc: consecutive list items grouped into (nested) bullet and ordered lists. */
export function paragraphsToDoc(paragraphs: ParsedParagraph[], citationFor: CitationFor): ProseMirrorJSON {
  const doc: Node[] = [];
  // Open lists, outermost first; each entry is the list node at that level.
  let open: Node[] = [];
  for (const p of paragraphs) {
    if (p.block?.kind !== "list") {
      open = [];
      doc.push(block(p, citationFor));
      continue;
    }
    const type = p.block.ordered ? "orderedList" : "bulletList";
    const level = Math.min(p.block.level, open.length);
    open = open.slice(0, level + 1);
    if (open[level] && open[level]!.type !== type) open = open.slice(0, level);
    if (!open[level]) {
      const list: Node = { type, content: [] };
      const parentItems = open[level - 1]?.content;
      const parentItem = parentItems?.[parentItems.length - 1];
      if (parentItem) parentItem.content!.push(list);
      else doc.push(list);
      open[level] = list;
    }
    open[level]!.content!.push({ type: "listItem", content: [block(p, citationFor)] });
  }
  return { type: "doc", content: doc.length ? doc : [{ type: "paragraph" }] };
}
