import type { FrozenCitation } from "@/lib/db/schema/review";
import { citationIds } from "@/lib/editor/citation-ids";
import type { Node as PMNode } from "@tiptap/pm/model";
import { diffDocuments, toNode, type TextChange } from "./diff-documents";
import { diffFootnotes, type FootnoteChange } from "./diff-footnotes";
import { numberCitations, type SectionNumbering } from "./footnote-offset";

export interface RedlineSide {
  contentJson: Record<string, unknown> | null;
  citations: FrozenCitation[];
}

export interface Redline {
  changes: TextChange[];
  /** Footnote changes, each with its marker's position in the old and new document. */
  footnotes: (FootnoteChange & { posBefore: number | null; posAfter: number | null })[];
  /** Profile-wide number of each citation id on each side. */
  numbersBefore: Record<string, number>;
  numbersAfter: Record<string, number>;
}

function markerPositions(doc: PMNode): Map<string, number> {
  const out = new Map<string, number>();
  doc.descendants((node, pos) => {
    if (node.type.name === "citation" && !out.has(String(node.attrs.citationId))) out.set(String(node.attrs.citationId), pos);
    return true;
  });
  return out;
}

/**
 * The redline of `after` against `before` (null: against an empty section): word changes and footnote changes.
 * `numbering` gives profile-wide numbers (footnoteNumbering), or is an offset to number this section alone from.
 */
export function computeRedline(before: RedlineSide | null, after: RedlineSide, numbering: SectionNumbering | number): Redline {
  const orderA = citationIds(before?.contentJson ?? null);
  const orderB = citationIds(after.contentJson);
  const number = typeof numbering === "number" ? (order: string[]) => numberCitations(order, numbering) : numbering;
  const numbersA = number(orderA);
  const numbersB = number(orderB);
  const docA = toNode(before?.contentJson ?? null);
  const docB = toNode(after.contentJson);
  const posA = markerPositions(docA);
  const posB = markerPositions(docB);
  const footnotes = diffFootnotes({ order: orderA, citations: before?.citations ?? [], numbers: numbersA }, { order: orderB, citations: after.citations, numbers: numbersB });
  return {
    changes: diffDocuments(docA, docB),
    footnotes: footnotes.map((f) => ({ ...f, posBefore: posA.get(f.citationId) ?? null, posAfter: posB.get(f.citationId) ?? null })),
    numbersBefore: Object.fromEntries(numbersA),
    numbersAfter: Object.fromEntries(numbersB),
  };
}
